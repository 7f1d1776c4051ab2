package io.spikemix.knime.base.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spikemix.engine.data.BandAxis;

/**
 * Column names of band columns, and the band axis read back from names when a table has no band properties.
 *
 * <p>Names: {@code "512.3 nm"} (value, space, unit), {@code "m/z 885.55"} (mass spectrometry writes the unit
 * first), {@code "band 17"} when the axis holds only positions, {@code "512.3"} when the unit is empty. Values are
 * written in their shortest exact decimal form. Duplicate names get a suffix {@code " (#2)"}, {@code " (#3)"}, … so
 * that every name is unique.
 */
public final class BandColumnNames {

    static final String MZ_UNIT = "m/z";
    private static final String INDEX_PREFIX = "band ";
    private static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final Pattern MZ = Pattern.compile("^m/z\\s+" + NUMBER + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEX = Pattern.compile("^band\\s+(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE_UNIT = Pattern.compile("^" + NUMBER + "(?:\\s*(\\S.*))?$");

    private BandColumnNames() {
    }

    /** The name of one band column. */
    public static String name(double value, String unit) {
        if (BandAxis.INDEX_UNIT.equals(unit)) {
            return INDEX_PREFIX + format(value);
        }
        if (MZ_UNIT.equalsIgnoreCase(unit)) {
            return MZ_UNIT + " " + format(value);
        }
        return unit.isEmpty() ? format(value) : format(value) + " " + unit;
    }

    /**
     * Unique names for all bands of an axis, avoiding {@code taken} (e.g. the coordinate and other columns of the
     * table being built).
     */
    public static List<String> names(BandAxis axis, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        List<String> out = new ArrayList<>(axis.size());
        for (int b = 0; b < axis.size(); b++) {
            String base = name(axis.value(b), axis.unit());
            String n = base;
            for (int k = 2; used.contains(n); k++) {
                n = base + " (#" + k + ")";
            }
            used.add(n);
            out.add(n);
        }
        return out;
    }

    /** The band a column name stands for, if the name follows the conventions above. */
    public static Optional<Band> parse(String name) {
        String s = name.trim();
        Matcher m = INDEX.matcher(s);
        if (m.matches()) {
            return Optional.of(new Band(Double.parseDouble(m.group(1)), BandAxis.INDEX_UNIT));
        }
        m = MZ.matcher(s);
        if (m.matches()) {
            return Optional.of(new Band(Double.parseDouble(m.group(1)), MZ_UNIT));
        }
        m = VALUE_UNIT.matcher(s);
        if (m.matches()) {
            String unit = m.group(2) == null ? "" : m.group(2).trim();
            return Optional.of(new Band(Double.parseDouble(m.group(1)), unit));
        }
        return Optional.empty();
    }

    /**
     * The axis spelled by column names: when every name parses to a band in the same unit, those values and that
     * unit; otherwise the positions 0..n-1 (unit "index").
     */
    public static BandAxis axisFromNames(List<String> names) {
        double[] values = new double[names.size()];
        String unit = null;
        for (int i = 0; i < names.size(); i++) {
            Optional<Band> b = parse(names.get(i));
            if (b.isEmpty() || (unit != null && !unit.equals(b.get().unit()))
                    || !Double.isFinite(b.get().value())) {
                return BandAxis.indices(names.size());
            }
            unit = b.get().unit();
            values[i] = b.get().value();
        }
        return BandAxis.of(values, unit == null ? BandAxis.INDEX_UNIT : unit);
    }

    /** The shortest decimal that reads back as exactly {@code value}: 512.3, 885.55, 17. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }

    /** A band value with its unit. */
    public static final class Band {
        private final double value;
        private final String unit;

        Band(double value, String unit) {
            this.value = value;
            this.unit = unit;
        }

        public double value() {
            return value;
        }

        public String unit() {
            return unit;
        }
    }
}
