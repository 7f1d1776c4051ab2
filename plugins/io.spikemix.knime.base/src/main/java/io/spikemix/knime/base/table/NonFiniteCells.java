package io.spikemix.knime.base.table;

import org.knime.core.node.BufferedDataTable;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.knime.base.core.PixelData;

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
        return PixelData.firstNonFinite(m);
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
        return PixelData.nonFiniteMessage(rowKey, column, value);
    }
}
