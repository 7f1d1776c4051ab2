package io.spikemix.knime.base.table;

import java.util.Map;
import java.util.Objects;

/**
 * What the spectral-column logic needs to know about one table column: its name, whether it holds numbers (and
 * integers), and its band properties. {@link PixelTables} builds these from a KNIME table spec; tests build them
 * directly. Immutable.
 */
public final class ColumnInfo {

    private final String name;
    private final boolean numeric;
    private final boolean integer;
    private final Map<String, String> properties;

    /**
     * @param numeric    whether the column's values are numbers (KNIME: compatible with DoubleValue)
     * @param integer    whether the values are integers (KNIME: compatible with IntValue)
     * @param properties the column properties (only the band keys of {@link TableConventions} are read)
     */
    public ColumnInfo(String name, boolean numeric, boolean integer, Map<String, String> properties) {
        this.name = Objects.requireNonNull(name, "name");
        this.numeric = numeric;
        this.integer = integer;
        this.properties = Map.copyOf(properties);
    }

    public String name() {
        return name;
    }

    public boolean isNumeric() {
        return numeric;
    }

    public boolean isInteger() {
        return integer;
    }

    /** A column property, or null when absent. */
    public String property(String key) {
        return properties.get(key);
    }
}
