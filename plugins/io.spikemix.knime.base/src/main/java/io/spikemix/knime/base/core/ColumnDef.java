package io.spikemix.knime.base.core;

import java.util.Objects;

/**
 * An output column as a node core declares it, KNIME-free: what configure announces and execute must produce.
 *
 * @param name   the column name
 * @param kind   the kind of its cells
 * @param source the index of the input column whose properties (band value, unit) it carries, or -1
 */
public record ColumnDef(String name, CellKind kind, int source) {

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** A column with no properties of an input column. */
    public static ColumnDef of(String name, CellKind kind) {
        return new ColumnDef(name, kind, -1);
    }
}
