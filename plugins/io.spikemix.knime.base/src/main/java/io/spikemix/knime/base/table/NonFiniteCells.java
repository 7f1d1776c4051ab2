package io.spikemix.knime.base.table;

import org.knime.core.node.BufferedDataTable;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Finds the first missing or non-finite spectral value of a table read into a matrix (missing cells are read as
 * NaN), so that fitting nodes can stop with the row key and column name the table conventions promise, before the
 * engine sees the data. One pass over the values, O(N·d), in table row order.
 */
public final class NonFiniteCells {

    private NonFiniteCells() {
    }

    /** {row, column} of the first NaN or infinite value in row-major order, or null when all are finite. */
    public static int[] first(SpectralMatrix m) {
        int d = m.cols();
        for (int r = 0; r < m.rows(); r++) {
            float[] block = m.blockOf(r);
            int o = m.offsetOf(r);
            for (int f = 0; f < d; f++) {
                if (!Float.isFinite(block[o + f])) {
                    return new int[] {r, f};
                }
            }
        }
        return null;
    }

    /**
     * Stops with {@link #message} when {@code m} (read from {@code table} with {@code cols}) holds a missing or
     * non-finite value.
     *
     * @throws IllegalArgumentException naming the row key and the column
     */
    public static void require(BufferedDataTable table, SpectralColumns cols, SpectralMatrix m) {
        int[] hit = first(m);
        if (hit != null) {
            throw new IllegalArgumentException(message(PixelTables.rowKeyAt(table, hit[0]), cols.names().get(hit[1]),
                    m.get(hit[0], hit[1])));
        }
    }

    /**
     * The error message for a non-finite value.
     *
     * @param rowKey the key of the row
     * @param column the spectral column's name
     * @param value  the value read (NaN for a missing cell)
     */
    public static String message(String rowKey, String column, double value) {
        String what = Double.isNaN(value) ? "a missing or NaN value" : "the value " + value;
        return "Row '" + rowKey + "' has " + what + " in spectral column '" + column + "'; this node needs finite "
                + "values. Remove or impute such rows first (for example with Row Filter or Missing Value).";
    }
}
