package io.spikemix.engine.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The spectral axis of a cube: one value per band (a wavelength, an m/z, or the band index) with its unit,
 * and optionally the band widths (FWHM) and names.
 *
 * <p>Immutable. A cube without a known axis uses {@link #indices(int)}: values 0..n-1 with unit "index".
 */
public final class BandAxis {

    /** Unit used when only band positions are known. */
    public static final String INDEX_UNIT = "index";

    private final double[] values;
    private final String unit;
    private final double[] fwhm;
    private final String[] names;

    private BandAxis(double[] values, String unit, double[] fwhm, String[] names) {
        this.values = values;
        this.unit = unit;
        this.fwhm = fwhm;
        this.names = names;
    }

    /**
     * An axis with the given band centres.
     *
     * @param values band centres, one per band, finite
     * @param unit   unit such as "nm", "µm" or "m/z"; never null (use "" when unknown)
     */
    public static BandAxis of(double[] values, String unit) {
        return of(values, unit, null, null);
    }

    /**
     * An axis with band centres and optional widths and names.
     *
     * @param fwhm  band widths in the same unit, one per band, or null
     * @param names band names, one per band, or null
     */
    public static BandAxis of(double[] values, String unit, double[] fwhm, String[] names) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(unit, "unit");
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("band axis value " + i + " is not finite: " + values[i]);
            }
        }
        if (fwhm != null && fwhm.length != values.length) {
            throw new IllegalArgumentException("fwhm has " + fwhm.length + " values, expected " + values.length);
        }
        if (names != null && names.length != values.length) {
            throw new IllegalArgumentException("band names has " + names.length + " entries, expected " + values.length);
        }
        return new BandAxis(values.clone(), unit, fwhm == null ? null : fwhm.clone(), names == null ? null : names.clone());
    }

    /** The axis 0, 1, …, n-1 in unit {@value #INDEX_UNIT}. */
    public static BandAxis indices(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return new BandAxis(v, INDEX_UNIT, null, null);
    }

    public int size() {
        return values.length;
    }

    public double value(int band) {
        return values[band];
    }

    public double[] values() {
        return values.clone();
    }

    public String unit() {
        return unit;
    }

    /** True when the axis holds only band positions, not physical values. */
    public boolean isIndexOnly() {
        return INDEX_UNIT.equals(unit);
    }

    public Optional<double[]> fwhm() {
        return Optional.ofNullable(fwhm == null ? null : fwhm.clone());
    }

    public Optional<String[]> names() {
        return Optional.ofNullable(names == null ? null : names.clone());
    }

    /** The axis restricted to the given bands, in the given order. */
    public BandAxis select(int[] bands) {
        double[] v = new double[bands.length];
        double[] f = fwhm == null ? null : new double[bands.length];
        String[] n = names == null ? null : new String[bands.length];
        for (int i = 0; i < bands.length; i++) {
            v[i] = values[bands[i]];
            if (f != null) {
                f[i] = fwhm[bands[i]];
            }
            if (n != null) {
                n[i] = names[bands[i]];
            }
        }
        return new BandAxis(v, unit, f, n);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BandAxis)) {
            return false;
        }
        BandAxis a = (BandAxis) o;
        return Arrays.equals(values, a.values) && unit.equals(a.unit) && Arrays.equals(fwhm, a.fwhm)
                && Arrays.equals(names, a.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(values), unit, Arrays.hashCode(fwhm), Arrays.hashCode(names));
    }

    @Override
    public String toString() {
        if (values.length == 0) {
            return "BandAxis[empty]";
        }
        return "BandAxis[" + values.length + " bands, " + values[0] + ".." + values[values.length - 1] + " " + unit + "]";
    }
}
