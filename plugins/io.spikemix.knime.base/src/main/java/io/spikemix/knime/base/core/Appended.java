package io.spikemix.knime.base.core;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Columns a node core appends to its input table (labels, responsibilities, normalized spectra), with their values
 * per 0-based input row. The input's own columns pass through unchanged, so large pixel tables are never copied.
 *
 * @param columns the appended columns, in order
 * @param rows    the number of input rows
 * @param values  for a row index, one value per appended column
 */
public record Appended(List<ColumnDef> columns, int rows, IntFunction<Object[]> values) {

    public Appended {
        columns = List.copyOf(columns);
    }

    /** The values of one row, checked against the columns. */
    public Object[] row(int row) {
        Object[] v = values.apply(row);
        if (v.length != columns.size()) {
            throw new IllegalStateException("row " + row + " has " + v.length + " values for " + columns.size()
                    + " columns");
        }
        for (int c = 0; c < v.length; c++) {
            if (!columns.get(c).kind().admits(v[c])) {
                throw new IllegalStateException("row " + row + ", column '" + columns.get(c).name() + "': "
                        + v[c].getClass().getSimpleName() + " in a " + columns.get(c).kind() + " column");
            }
        }
        return v;
    }
}
