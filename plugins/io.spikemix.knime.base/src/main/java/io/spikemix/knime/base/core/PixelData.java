package io.spikemix.knime.base.core;

import java.util.Objects;
import java.util.function.IntFunction;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * A pixel table as a node core sees it: the spectral columns chosen (names, indices, band axis), their values for
 * every row (missing cells as NaN) and, for messages only, the key of a row.
 *
 * @param columns the spectral columns, in band order
 * @param data    one row per table row, one column per spectral column
 * @param rowKey  the key of the row at a 0-based index (the adapter looks it up only when a message needs it)
 */
public record PixelData(SpectralColumns columns, SpectralMatrix data, IntFunction<String> rowKey) {

    public PixelData {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(rowKey, "rowKey");
        if (data.cols() != columns.count()) {
            throw new IllegalArgumentException(data.cols() + " data columns for " + columns.count()
                    + " spectral columns");
        }
    }

    /** Rows keyed "Row0", "Row1", … (KNIME's default keys), for tests and generated tables. */
    public static PixelData of(SpectralColumns columns, SpectralMatrix data) {
        return new PixelData(columns, data, i -> "Row" + i);
    }

    public int rows() {
        return data.rows();
    }

    /**
     * The data a model is fitted to: at least {@code k} rows, every value finite.
     *
     * @param clusters what K counts, in the plural ("spikes", "components", "clusters"), for the message
     * @param kLabel   the dialog label of the K setting
     */
    public SpectralMatrix training(int k, String clusters, String kLabel) throws CoreInputException {
        if (data.rows() < k) {
            throw new CoreInputException("The input table has " + data.rows() + " rows, fewer than the " + k + " "
                    + clusters + " asked for in '" + kLabel + "'.");
        }
        return finite();
    }

    /** The data, refusing a missing or non-finite value with a message naming the row key and the column. */
    public SpectralMatrix finite() throws CoreInputException {
        int[] hit = firstNonFinite(data);
        if (hit != null) {
            throw new CoreInputException(nonFiniteMessage(rowKey.apply(hit[0]), columns.names().get(hit[1]),
                    data.get(hit[0], hit[1])));
        }
        return data;
    }

    /** {row, column} of the first NaN or infinite value in row-major order, or null when all are finite. */
    public static int[] firstNonFinite(SpectralMatrix m) {
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
     * The error message for a non-finite value.
     *
     * @param rowKey the key of the row
     * @param column the spectral column's name
     * @param value  the value read (NaN for a missing cell)
     */
    public static String nonFiniteMessage(String rowKey, String column, double value) {
        String what = Double.isNaN(value) ? "a missing or NaN value" : "the value " + value;
        return "Row '" + rowKey + "' has " + what + " in spectral column '" + column + "'; this node needs finite "
                + "values. Remove or impute such rows first (for example with Row Filter or Missing Value).";
    }
}
