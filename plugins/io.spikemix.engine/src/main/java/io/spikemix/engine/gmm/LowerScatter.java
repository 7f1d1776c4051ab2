package io.spikemix.engine.gmm;

/**
 * Accumulates the lower triangle of a scatter matrix S += Σ_p w_p w_pᵀ from pixel rows w_p, the O(N·d²/2) part of
 * the M-step covariance Σ_k = Σ_i ρ_ik (y_i − μ_k)(y_i − μ_k)ᵀ / n_k (with w_p = √ρ_pk (y_p − μ_k)).
 *
 * <p>Kernel: row i of S is updated by four pixels per sweep, {@code S_i[j] += w_0[i]·w_0[j] + … + w_3[i]·w_3[j]} for
 * j ≤ i, an axpy over j in which S_i and the four pixel rows are separate {@code double[]}s indexed by j alone, so C2
 * vectorises it (the same-index rule, see {@link io.spikemix.engine.kmeans.TransposedTile}). Pixels are added in
 * row order, four at a time, so the result does not depend on the thread count.
 *
 * <p>The pixel rows should keep rows × d doubles well inside the L2 cache; {@link #tileRows(int)} sizes them.
 * Complexity O(pixels · (i1² − i0²) / 2).
 */
final class LowerScatter {

    /** About 256 KB of pixel rows: the scatter sweeps them once per row of S, so they must stay in L2. */
    private static final int TILE_DOUBLES = 1 << 15;

    private LowerScatter() {
    }

    /** Pixel rows per tile for d features: a multiple of four between 4 and 64. */
    static int tileRows(int d) {
        return Math.max(4, Math.min(64, TILE_DOUBLES / d) & ~3);
    }

    /**
     * {@code lowerRows[i][j] += Σ_{p<count} pixels[p][i] · pixels[p][j]} for i in [i0, i1), j ≤ i.
     *
     * @param lowerRows rows of S; row i has length ≥ i + 1
     * @param pixels    pixel rows; row p has length ≥ i1
     */
    static void accumulate(double[][] lowerRows, double[][] pixels, int count, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            double[] s = lowerRows[i];
            int p = 0;
            for (; p + 3 < count; p += 4) {
                double[] w0 = pixels[p];
                double[] w1 = pixels[p + 1];
                double[] w2 = pixels[p + 2];
                double[] w3 = pixels[p + 3];
                double a0 = w0[i];
                double a1 = w1[i];
                double a2 = w2[i];
                double a3 = w3[i];
                for (int j = 0; j <= i; j++) {
                    s[j] += a0 * w0[j] + a1 * w1[j] + a2 * w2[j] + a3 * w3[j];
                }
            }
            for (; p < count; p++) {
                double[] w0 = pixels[p];
                double a0 = w0[i];
                for (int j = 0; j <= i; j++) {
                    s[j] += a0 * w0[j];
                }
            }
        }
    }
}
