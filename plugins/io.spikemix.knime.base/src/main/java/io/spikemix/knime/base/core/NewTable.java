package io.spikemix.knime.base.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table a node core creates (centroids, spikes, scores): its columns and its rows, each a row key and one value
 * per column of the column's {@link CellKind}. Built row by row; checked as it is built, so a core cannot produce a
 * row that does not fit its declared columns.
 */
public final class NewTable {

    private final List<ColumnDef> columns;
    private final List<String> keys = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    public NewTable(List<ColumnDef> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row; the values must match the columns in number and kind. */
    public NewTable add(String key, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("row '" + key + "' has " + values.length + " values for "
                    + columns.size() + " columns");
        }
        for (int c = 0; c < values.length; c++) {
            if (!columns.get(c).kind().admits(values[c])) {
                throw new IllegalStateException("row '" + key + "', column '" + columns.get(c).name() + "': "
                        + values[c].getClass().getSimpleName() + " in a " + columns.get(c).kind() + " column");
            }
        }
        keys.add(key);
        rows.add(values.clone());
        return this;
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    public int size() {
        return rows.size();
    }

    public String key(int row) {
        return keys.get(row);
    }

    /** The values of one row (a copy). */
    public Object[] row(int row) {
        return rows.get(row).clone();
    }

    /** The value at a row and column. */
    public Object value(int row, int column) {
        return rows.get(row)[column];
    }

    /** The row keys, in order. */
    public List<String> keys() {
        return Collections.unmodifiableList(keys);
    }
}
