package io.spikemix.engine.gmm;

/**
 * Accumulates the lower triangle of a scatter matrix S += Σ_p w_p w_pᵀ from pixel rows w_p, the O(N·d²/2) part of
 * the M-step covariance Σ_k = Σ_i ρ_ik (y_i − μ_k)(y_i − μ_k)ᵀ / n_k (with w_p = √ρ_pk (y_p − μ_k)).
 *
 * <p>Kernel: two rows i, i + 1 of S are updated by four pixels per sweep,
 * {@code S_i[j] = fma(w_3[i], w_3[j], fma(w_2[i], w_2[j], fma(w_1[i], w_1[j], fma(w_0[i], w_0[j], S_i[j]))))} and the
 * same for row i + 1, for j ≤ i (then the diagonal entry S_{i+1}[i+1] alone): an axpy over j in which the two rows
 * of S and the four pixel rows are separate {@code double[]}s indexed by j alone, so C2 vectorises it (the
 * same-index rule, see {@link io.spikemix.engine.kmeans.TransposedTile}) and every load of a pixel value feeds two
 * fused multiply-adds. Every entry receives the pixels in row order, four per fused chain, whatever the pairing of
 * rows ({@code i0} depends on the thread count), so the result does not depend on the thread count.
 *
 * <p>Measured (one thread, JDK 17, AVX2 + FMA, d = 843, 36 pixel rows, thread CPU time, load 8–9, interleaved
 * runs): 17–19 G multiply-adds/s, against 10–11 for one row × four pixels with separate multiply and add (the
 * previous kernel), 11 for the same with {@code Math.fma} and 5 for four rows × two pixels.
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
        int i = i0;
        for (; i + 1 < i1; i += 2) {
            double[] s0 = lowerRows[i];
            double[] s1 = lowerRows[i + 1];
            int e = i + 1;
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
                double b0 = w0[e];
                double b1 = w1[e];
                double b2 = w2[e];
                double b3 = w3[e];
                for (int j = 0; j <= i; j++) {
                    double v0 = w0[j];
                    double v1 = w1[j];
                    double v2 = w2[j];
                    double v3 = w3[j];
                    s0[j] = Math.fma(a3, v3, Math.fma(a2, v2, Math.fma(a1, v1, Math.fma(a0, v0, s0[j]))));
                    s1[j] = Math.fma(b3, v3, Math.fma(b2, v2, Math.fma(b1, v1, Math.fma(b0, v0, s1[j]))));
                }
                s1[e] = Math.fma(b3, b3, Math.fma(b2, b2, Math.fma(b1, b1, Math.fma(b0, b0, s1[e]))));
            }
            for (; p < count; p++) {
                double[] w0 = pixels[p];
                double a0 = w0[i];
                double b0 = w0[e];
                for (int j = 0; j <= i; j++) {
                    double v0 = w0[j];
                    s0[j] = Math.fma(a0, v0, s0[j]);
                    s1[j] = Math.fma(b0, v0, s1[j]);
                }
                s1[e] = Math.fma(b0, b0, s1[e]);
            }
        }
        if (i < i1) {
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
                    s[j] = Math.fma(a3, w3[j], Math.fma(a2, w2[j], Math.fma(a1, w1[j], Math.fma(a0, w0[j], s[j]))));
                }
            }
            for (; p < count; p++) {
                double[] w0 = pixels[p];
                double a0 = w0[i];
                for (int j = 0; j <= i; j++) {
                    s[j] = Math.fma(a0, w0[j], s[j]);
                }
            }
        }
    }
}
