package io.spikemix.knime.base.config;

import java.util.List;
import java.util.Objects;

import io.spikemix.engine.data.BandAxis;

/**
 * The spectral columns a model was fitted on: their names in band (feature) order and the band axis they carry.
 * Saved with every fitted model so that a predictor can find the same columns in a new table and name the missing
 * ones. Pure Java; immutable.
 */
public final class FeatureSpace {

    static final String KEY_COLUMNS = "columns";
    static final String KEY_BAND_VALUES = "bandValues";
    static final String KEY_BAND_UNIT = "bandUnit";

    private final List<String> columns;
    private final BandAxis axis;

    /**
     * @param columns distinct column names, at least one
     * @param axis    one band per column
     */
    public FeatureSpace(List<String> columns, BandAxis axis) {
        this.columns = List.copyOf(columns);
        this.axis = Objects.requireNonNull(axis, "axis");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A model needs at least one spectral column.");
        }
        if (axis.size() != columns.size()) {
            throw new IllegalArgumentException("The band axis has " + axis.size() + " bands but there are "
                    + columns.size() + " spectral columns.");
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("Spectral column names must be distinct. Got " + columns + ".");
        }
    }

    /** Column names in feature order. */
    public List<String> columns() {
        return columns;
    }

    public BandAxis axis() {
        return axis;
    }

    /** Number of features d. */
    public int size() {
        return columns.size();
    }

    public void save(ConfigSink out) {
        out.putStringArray(KEY_COLUMNS, columns.toArray(new String[0]));
        out.putDoubleArray(KEY_BAND_VALUES, axis.values());
        out.putString(KEY_BAND_UNIT, axis.unit());
    }

    public static FeatureSpace load(ConfigSource in) throws ConfigException {
        String[] columns = in.getStringArray(KEY_COLUMNS);
        double[] values = in.getDoubleArray(KEY_BAND_VALUES);
        if (columns == null || values == null) {
            throw new ConfigException("The saved model has no spectral columns.");
        }
        try {
            return new FeatureSpace(List.of(columns), BandAxis.of(values, in.getString(KEY_BAND_UNIT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException("The saved spectral columns are invalid: " + e.getMessage(), e);
        }
    }

    /** "d spectral columns (first .. last unit)". */
    public String summary() {
        String range = axis.size() == 1 ? axis.value(0) + " " + axis.unit()
                : axis.value(0) + " .. " + axis.value(axis.size() - 1) + " " + axis.unit();
        return columns.size() + " spectral column" + (columns.size() == 1 ? "" : "s") + " (" + range.trim() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSpace && columns.equals(((FeatureSpace) o).columns)
                && axis.equals(((FeatureSpace) o).axis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, axis);
    }
}
