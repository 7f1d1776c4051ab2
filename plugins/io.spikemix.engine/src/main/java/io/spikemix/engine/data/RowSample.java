package io.spikemix.engine.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded uniform random sample of the rows of a {@link SpectralMatrix}, for fitting a costly method on part of an
 * image and assigning every pixel with the fitted model afterwards. The same (n, m, seed) always gives the same rows.
 */
public final class RowSample {

    private RowSample() {
    }

    /**
     * {@code m} distinct row indices of [0, n), drawn uniformly without replacement (partial Fisher–Yates shuffle
     * from {@code seed}), in ascending order.
     *
     * @throws IllegalArgumentException unless 0 ≤ m ≤ n
     */
    public static int[] indices(int n, int m, long seed) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("A sample of " + m + " rows must be between 0 and the " + n
                    + " rows there are.");
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = Arrays.copyOf(perm, m);
        Arrays.sort(out);
        return out;
    }

    /** A new matrix holding copies of {@code data}'s rows at {@code rows}, in that order. */
    public static SpectralMatrix rows(SpectralMatrix data, int[] rows) {
        SpectralMatrix out = SpectralMatrix.allocate(rows.length, data.cols());
        float[] row = new float[data.cols()];
        for (int i = 0; i < rows.length; i++) {
            data.getRow(rows[i], row);
            out.setRow(i, row);
        }
        return out;
    }
}
