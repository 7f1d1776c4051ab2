package io.spikemix.engine.io;

import java.util.Locale;

/**
 * A mass tolerance, either relative (ppm) or absolute (Da), used to bin m/z values and to match peaks.
 *
 * <p>Immutable. {@link #halfWidth(double)} is the tolerance at a given m/z: {@code value · mz · 1e-6} for ppm,
 * {@code value} for Da.
 */
public final class MzTolerance {

    /** The unit of a tolerance. */
    public enum Unit {
        PPM, DA
    }

    private final double value;
    private final Unit unit;

    private MzTolerance(double value, Unit unit) {
        this.value = value;
        this.unit = unit;
    }

    /** A relative tolerance in parts per million, {@code > 0}. */
    public static MzTolerance ppm(double value) {
        return of(value, Unit.PPM);
    }

    /** An absolute tolerance in Dalton (m/z units), {@code > 0}. */
    public static MzTolerance da(double value) {
        return of(value, Unit.DA);
    }

    public static MzTolerance of(double value, Unit unit) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("The 'tolerance' parameter must be a finite number > 0. Got " + value
                    + " instead.");
        }
        if (unit == null) {
            throw new IllegalArgumentException("The 'tolerance unit' parameter must be PPM or DA. Got null instead.");
        }
        return new MzTolerance(value, unit);
    }

    public double value() {
        return value;
    }

    public Unit unit() {
        return unit;
    }

    /** The tolerance in m/z units at {@code mz}. */
    public double halfWidth(double mz) {
        return unit == Unit.PPM ? value * 1e-6 * Math.abs(mz) : value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MzTolerance && ((MzTolerance) o).value == value && ((MzTolerance) o).unit == unit;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value) * 31 + unit.hashCode();
    }

    @Override
    public String toString() {
        return value + (unit == Unit.PPM ? " ppm" : " Da").toLowerCase(Locale.ROOT);
    }
}
