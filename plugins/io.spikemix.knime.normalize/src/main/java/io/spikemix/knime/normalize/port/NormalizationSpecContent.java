package io.spikemix.knime.normalize.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSink;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.port.PortContent;

/**
 * What is known about a normalization before it is fitted: the method and the spectral columns (names and band
 * axis) it applies to. This is the content of {@link NormalizationPortObjectSpec}, kept free of KNIME types so its
 * save/load is unit-tested. Immutable.
 */
public final class NormalizationSpecContent implements PortContent.Spec {

    static final String KEY_METHOD = "method";
    static final String KEY_COLUMNS = "columns";
    static final String KEY_BAND_VALUES = "bandValues";
    static final String KEY_BAND_UNIT = "bandUnit";

    private final NormalizationMethod method;
    private final List<String> columns;
    private final BandAxis axis;

    /**
     * @param columns spectral column names in band order, distinct, at least one
     * @param axis    one band per column
     */
    public NormalizationSpecContent(NormalizationMethod method, List<String> columns, BandAxis axis) {
        this.method = Objects.requireNonNull(method, "method");
        this.columns = List.copyOf(columns);
        this.axis = Objects.requireNonNull(axis, "axis");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A normalization needs at least one spectral column.");
        }
        if (axis.size() != columns.size()) {
            throw new IllegalArgumentException("The band axis has " + axis.size() + " bands but there are "
                    + columns.size() + " spectral columns.");
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("Spectral column names must be distinct. Got " + columns + ".");
        }
    }

    public NormalizationMethod method() {
        return method;
    }

    /** Spectral column names, in band (feature) order. */
    public List<String> columns() {
        return columns;
    }

    public BandAxis axis() {
        return axis;
    }

    /** The given column names that this normalization was not fitted on, in the given order. */
    private List<String> missing(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!columns.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Positions of the given columns among this normalization's columns.
     *
     * @throws IllegalArgumentException listing the columns this normalization was not fitted on
     */
    int[] indicesOf(List<String> names) {
        List<String> lacking = missing(names);
        if (!lacking.isEmpty()) {
            throw new IllegalArgumentException("The " + method.label() + " normalization was not fitted on "
                    + lacking.size() + " of the " + names.size() + " columns: " + quoted(lacking, 10) + ".");
        }
        return names.stream().mapToInt(columns::indexOf).toArray();
    }

    /**
     * This normalization restricted to the given columns, in their order (their bands are kept). Feature-wise
     * statistics do not depend on the other columns, and the per-spectrum norms of l1 and TIC were taken over all
     * fitted columns before any selection, so the restriction undoes the selected columns exactly as the whole
     * normalization does.
     *
     * @param names distinct names, each one of {@link #columns()}
     * @throws IllegalArgumentException listing the columns this normalization was not fitted on
     */
    public NormalizationSpecContent select(List<String> names) {
        return new NormalizationSpecContent(method, names, axis.select(indicesOf(names)));
    }

    /** Up to {@code max} names in single quotes, comma-separated, then "and n more" for the rest. */
    private static String quoted(List<String> names, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(max, names.size()); i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > max) {
            b.append(" and ").append(names.size() - max).append(" more");
        }
        return b.toString();
    }

    /** Writes method, column names and band axis. */
    @Override
    public void save(ConfigSink out) {
        out.putString(KEY_METHOD, method.id());
        out.putStringArray(KEY_COLUMNS, columns.toArray(new String[0]));
        out.putDoubleArray(KEY_BAND_VALUES, axis.values());
        out.putString(KEY_BAND_UNIT, axis.unit());
    }

    /** Reads what {@link #save(ConfigSink)} wrote. */
    public static NormalizationSpecContent load(ConfigSource in) throws ConfigException {
        try {
            String[] columns = in.getStringArray(KEY_COLUMNS);
            double[] values = in.getDoubleArray(KEY_BAND_VALUES);
            if (columns == null || values == null) {
                throw new ConfigException("The saved normalization has no spectral columns.");
            }
            return new NormalizationSpecContent(NormalizationMethod.parse(in.getString(KEY_METHOD)),
                    List.of(columns), BandAxis.of(values, in.getString(KEY_BAND_UNIT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException("The saved normalization is invalid: " + e.getMessage(), e);
        }
    }

    /** A one-line description: method, column count and band range. */
    @Override
    public String summary() {
        String range = axis.size() == 1 ? axis.value(0) + " " + axis.unit()
                : axis.value(0) + " .. " + axis.value(axis.size() - 1) + " " + axis.unit();
        return method.label() + " normalization of " + columns.size() + " spectral column"
                + (columns.size() == 1 ? "" : "s") + " (" + range.trim() + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NormalizationSpecContent)) {
            return false;
        }
        NormalizationSpecContent s = (NormalizationSpecContent) o;
        return method == s.method && columns.equals(s.columns) && axis.equals(s.axis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, columns, axis);
    }
}
