package io.spikemix.knime.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user-facing texts of the normalization nodes: the node warning after execution, and the error for a
 * non-finite value phrased with the KNIME row key and column name instead of engine indices.
 */
public final class NormalizationMessages {

    /** At most this many column names are listed in a warning. */
    static final int MAX_LISTED = 5;

    private NormalizationMessages() {
    }

    /**
     * The node warning for a normalization result, or empty when there is nothing to report.
     *
     * @param constantFeatures features (column positions in {@code columns}) with max = min, mapped to 0
     * @param maskedRows       rows with a zero l1 norm or non-positive TIC, written as zeros
     * @param skippedRows      rows with missing or non-finite values, written as missing cells
     * @param columns          spectral column names in feature order
     */
    public static Optional<String> warning(int[] constantFeatures, int[] maskedRows, int[] skippedRows,
            List<String> columns) {
        List<String> parts = new ArrayList<>();
        if (constantFeatures.length > 0) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < Math.min(MAX_LISTED, constantFeatures.length); i++) {
                names.add("'" + columns.get(constantFeatures[i]) + "'");
            }
            String more = constantFeatures.length > MAX_LISTED ? ", …" : "";
            parts.add(constantFeatures.length + " constant spectral column" + plural(constantFeatures.length)
                    + " (" + String.join(", ", names) + more + ") mapped to 0");
        }
        if (maskedRows.length > 0) {
            parts.add(maskedRows.length + " row" + plural(maskedRows.length)
                    + " with an all-zero spectrum (no positive norm) left as zeros");
        }
        if (skippedRows.length > 0) {
            parts.add(skippedRows.length + " row" + plural(skippedRows.length)
                    + " with missing or non-finite values skipped and written as missing cells");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts) + ".");
    }

    /**
     * The error for a non-finite value found by the engine.
     *
     * @param rowKey  KNIME row key of the offending row
     * @param column  name of the offending column
     * @param value   the value as the engine saw it (NaN for missing cells)
     * @param skipOption label of the node's skip option
     */
    public static String nonFinite(String rowKey, String column, float value, String skipOption) {
        String what = Float.isNaN(value) ? "a missing or NaN value" : "the non-finite value " + value;
        return "Row '" + rowKey + "' holds " + what + " in spectral column '" + column
                + "'; normalization needs finite values. Remove or impute such rows, or enable '" + skipOption
                + "' to leave them out (they are then output as missing cells).";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
