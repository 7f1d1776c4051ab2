package io.spikemix.knime.base.core;

import java.util.Map;
import java.util.Objects;

/**
 * An output column as a node core declares it, KNIME-free: what configure announces and execute must produce.
 *
 * @param name       the column name
 * @param kind       the kind of its cells
 * @param source     the index of the input column whose properties (band value, unit) it carries, or -1
 * @param properties properties of its own (a band column of a new pixel table: value, unit, index)
 */
public record ColumnDef(String name, CellKind kind, int source, Map<String, String> properties) {

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        properties = Map.copyOf(properties);
    }

    /** A column carrying the properties of input column {@code source} (-1: none). */
    public ColumnDef(String name, CellKind kind, int source) {
        this(name, kind, source, Map.of());
    }

    /** A column with no properties. */
    public static ColumnDef of(String name, CellKind kind) {
        return new ColumnDef(name, kind, -1);
    }
}
