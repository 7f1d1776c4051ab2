package io.spikemix.engine.kmeans;

/**
 * The projections yᵀc of a {@link FloatTransposedTile}'s pixels onto every centroid in single precision, with a
 * proven bound on their error: the cheap first pass of {@link HamerlyAssignment}'s ranking, which only has to tell the
 * nearest centroid apart from the runner-up.
 *
 * <p>Same scheme as {@link CentroidProjections} (axpys over the tile's pixels, four centroids per sweep, summation over
 * j in order 0 … d − 1 per pixel), on {@code float[]} arrays, which C2 vectorises eight lanes wide on AVX2.
 *
 * <p><b>Error bound.</b> Let u = 2⁻²⁴ (unit roundoff of float32), η = 2⁻¹⁵⁰ (half the smallest subnormal), y a pixel
 * (float32, exact), c a centroid in double, c̃ = fl32(c) its rounding ({@link #toFloat}), and S = Σ_j |c_j||y_j|.
 * Then, if no partial result overflows (see {@link #usable}),
 * <pre>
 *   |fl32(Σ_j c̃_j y_j) − Σ_j c_j y_j| ≤ [γ_d (1 + u) + u] · S + 2η (d + √d ‖y‖)  ≤  E(d) · ‖c‖ ‖y‖ + 2η (d + √d ‖y‖),
 * </pre>
 * with γ_d = d u / (1 − d u) and E(d) = {@link #relativeError}(d). Proof: (1) rounding c to float: |c̃_j − c_j| ≤
 * u |c_j| + η, so |Σ c̃_j y_j − Σ c_j y_j| ≤ u S + η Σ|y_j| ≤ u S + η √d ‖y‖; (2) the recursive sum of d products,
 * each product and each addition rounded once (Java float arithmetic, no contraction into FMA; the vectorised loop
 * keeps each pixel's order), has error at most γ_d Σ_j |c̃_j y_j| ≤ γ_d (1 + u) S + γ_d η √d ‖y‖ plus d η for
 * products that fall into the subnormal range (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed.,
 * §3.1 and §2.1 with gradual underflow; additions are exact in the subnormal range); (3) Cauchy–Schwarz, S ≤ ‖c‖‖y‖.
 * The absolute terms are at most 2η (d + √d ‖y‖) since γ_d ≤ 1 for d u ≤ 1/2.
 *
 * <p>Complexity O(K · d · pixels).
 */
final class FloatCentroidProjections {

    /** Unit roundoff of float32. */
    static final double U = 0x1p-24;
    /** 2η: the smallest positive subnormal float32, bounding the absolute part of each rounding. */
    private static final double TWO_ETA = 0x1p-149;

    private FloatCentroidProjections() {
    }

    /**
     * Whether the float32 projections are safe for these magnitudes: every |c_j y_j| and every partial sum of
     * them is at most ‖c‖‖y‖ &lt; 2¹²⁰, far below the float32 maximum ≈ 2¹²⁸, and d·u ≤ 1/100 keeps γ_d near d·u.
     *
     * @param maxCentroidNorm an upper bound on every ‖c‖
     * @param maxRowNorm      an upper bound on every ‖y‖
     */
    static boolean usable(int d, double maxCentroidNorm, double maxRowNorm) {
        return d * U <= 0.01 && maxCentroidNorm < 0x1p60 && maxRowNorm < 0x1p60;
    }

    /** E(d) = γ_d (1 + u) + u, rounded up (for d·u ≤ 1/100, as {@link #usable} requires). */
    static double relativeError(int d) {
        double du = d * U;
        return (du / (1 - du) * (1 + U) + U) * (1 + 1e-6);
    }

    /** The absolute (underflow) part of the bound for a pixel of norm at most {@code rowNorm}: 2η (d + √d ‖y‖). */
    static double absoluteError(int d, double rowNorm) {
        return TWO_ETA * (d + Math.sqrt(d) * rowNorm) * (1 + 1e-6);
    }

    /** c̃ = fl32(c) for every centroid, the values the projections multiply by. */
    static float[][] toFloat(double[][] centroids) {
        float[][] f = new float[centroids.length][];
        for (int c = 0; c < centroids.length; c++) {
            f[c] = new float[centroids[c].length];
            for (int j = 0; j < f[c].length; j++) {
                f[c][j] = (float) centroids[c][j];
            }
        }
        return f;
    }

    /**
     * {@code acc[c][p] = fl32(Σ_j centroids[c][j] · tile.feature(j)[p])} for p &lt; tile.count(), summed over j in
     * increasing order.
     *
     * @param centroids K rows of d float32 values ({@link #toFloat})
     * @param acc       K arrays of length ≥ tile.count(), overwritten
     */
    static void project(float[][] centroids, FloatTransposedTile tile, float[][] acc) {
        int k = centroids.length;
        int d = tile.features();
        int n = tile.count();
        int c = 0;
        for (; c + 3 < k; c += 4) {
            float[] x0 = centroids[c];
            float[] x1 = centroids[c + 1];
            float[] x2 = centroids[c + 2];
            float[] x3 = centroids[c + 3];
            float[] p0 = acc[c];
            float[] p1 = acc[c + 1];
            float[] p2 = acc[c + 2];
            float[] p3 = acc[c + 3];
            java.util.Arrays.fill(p0, 0, n, 0f);
            java.util.Arrays.fill(p1, 0, n, 0f);
            java.util.Arrays.fill(p2, 0, n, 0f);
            java.util.Arrays.fill(p3, 0, n, 0f);
            for (int j = 0; j < d; j++) {
                float a0 = x0[j];
                float a1 = x1[j];
                float a2 = x2[j];
                float a3 = x3[j];
                float[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    float v = y[p];
                    p0[p] += a0 * v;
                    p1[p] += a1 * v;
                    p2[p] += a2 * v;
                    p3[p] += a3 * v;
                }
            }
        }
        if (c + 1 < k) {
            float[] x0 = centroids[c];
            float[] x1 = centroids[c + 1];
            float[] p0 = acc[c];
            float[] p1 = acc[c + 1];
            java.util.Arrays.fill(p0, 0, n, 0f);
            java.util.Arrays.fill(p1, 0, n, 0f);
            for (int j = 0; j < d; j++) {
                float a0 = x0[j];
                float a1 = x1[j];
                float[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    float v = y[p];
                    p0[p] += a0 * v;
                    p1[p] += a1 * v;
                }
            }
            c += 2;
        }
        for (; c < k; c++) {
            float[] x0 = centroids[c];
            float[] p0 = acc[c];
            java.util.Arrays.fill(p0, 0, n, 0f);
            for (int j = 0; j < d; j++) {
                float a0 = x0[j];
                float[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    p0[p] += a0 * y[p];
                }
            }
        }
    }
}
