package io.spikemix.engine.kmeans;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Checks on the data that every clustering fit (k-means, Gaussian mixture) runs at fit entry.
 *
 * <p>The messages name the offending row and column or the numbers involved and say how to fix the input, in the
 * style of scikit-learn's {@code check_array} and {@code _check_params_vs_input}.
 */
public final class FitInput {

    private FitInput() {
    }

    /**
     * Throws {@link IllegalArgumentException} unless the data can be split into {@code k} clusters: at least one
     * row, only finite values, at least {@code k} rows and at least {@code k} distinct rows.
     *
     * <p>Complexity O(N·d) for the finiteness scan; the distinct-row count stops as soon as {@code k} distinct rows
     * were seen, so it is cheap on real data.
     */
    public static void check(SpectralMatrix data, int k) {
        int n = data.rows();
        int d = data.cols();
        if (n == 0) {
            throw new IllegalArgumentException("The data have no pixels (0 rows). Select at least 'k' = " + k
                    + " pixels.");
        }
        if (n < k) {
            throw new IllegalArgumentException("The number of pixels (" + n + ") is smaller than 'k' (" + k
                    + "). Reduce 'k' or select more pixels.");
        }
        for (int i = 0; i < n; i++) {
            float[] b = data.blockOf(i);
            int o = data.offsetOf(i);
            for (int j = 0; j < d; j++) {
                float v = b[o + j];
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("Pixel row " + i + ", column " + j + " holds " + v
                            + "; clustering needs finite values. Remove or impute non-finite values first.");
                }
            }
        }
        int distinct = countDistinctRows(data, k);
        if (distinct < k) {
            throw new IllegalArgumentException("The data hold only " + distinct + " distinct pixel spectra, fewer than"
                    + " 'k' (" + k + "). Reduce 'k' to at most " + distinct + " or remove duplicate pixels.");
        }
    }

    /** The number of distinct rows, counted up to {@code limit} (the count stops there). */
    static int countDistinctRows(SpectralMatrix data, int limit) {
        Set<Row> seen = new HashSet<>();
        for (int i = 0; i < data.rows() && seen.size() < limit; i++) {
            seen.add(new Row(data.blockOf(i), data.offsetOf(i), data.cols()));
        }
        return seen.size();
    }

    private static final class Row {
        final float[] block;
        final int offset;
        final int length;
        final int hash;

        Row(float[] block, int offset, int length) {
            this.block = block;
            this.offset = offset;
            this.length = length;
            int h = 1;
            for (int j = 0; j < length; j++) {
                // +0.0f so that -0 and 0, which are equal values, hash alike
                h = 31 * h + Float.hashCode(block[offset + j] + 0.0f);
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Row)) {
                return false;
            }
            Row r = (Row) o;
            for (int j = 0; j < length; j++) {
                if (block[offset + j] != r.block[r.offset + j]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return Arrays.toString(Arrays.copyOfRange(block, offset, offset + length));
        }
    }
}
