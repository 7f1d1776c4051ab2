package io.spikemix.engine.gmm;

import java.util.Arrays;

import io.spikemix.engine.kmeans.TransposedTile;

/**
 * Squared norms q_p = ‖F y_p − s‖² for a lower-triangular d × d matrix F and the pixels y_p of a
 * {@link TransposedTile}: with F = P = L⁻¹ the precision factor of a component and s = P μ, q_p is the Mahalanobis
 * term of ln N(y_p | μ, Σ) (method.md §4; scikit-learn's {@code _estimate_log_gaussian_prob} uses the same
 * P y − P μ form).
 *
 * <p>Kernel: the rows z_i = (F y)_i − s_i are built four at a time, two columns of F per sweep over the tile's
 * pixels, {@code z_r[p] = fma(F[i+r][j+1], y_{j+1}[p], fma(F[i+r][j], y_j[p], z_r[p]))} for j ≤ i + 3, so two loads of
 * pixel values and four loads and stores of z feed eight fused multiply-adds, and all arrays in the inner loop are
 * indexed by p alone (the same-index rule of {@link TransposedTile}, which lets C2 vectorise it; {@link Math#fma}
 * becomes a vector FMA). Then {@code q[p] += z_0[p]² + … + z_3[p]²}. A Σ_j F_ij y_j dot product per pixel would be a
 * reduction, which C2 does not vectorise. The summation order is fixed.
 *
 * <p>Measured (one thread, JDK 17, AVX2 + FMA, d = 843, 64 pixels, thread CPU time, load 8–9, interleaved runs):
 * 16–18 G multiply-adds/s, against 7–11 for one column per sweep with separate multiply and add (the previous
 * kernel), 7 with one column and {@code Math.fma}, 6 for two rows × four columns and 4–5 for six rows × one column
 * (more live values than the 16 AVX registers hold, or not vectorised). The E-step is one of the two O(N·K·d²/2)
 * halves of a GMM iteration (issue 15 item 4).
 *
 * <p>One instance per worker thread (it holds four scratch rows). Complexity O(pixels · d² / 2).
 */
final class TriangularNorms {

    private final double[] z0;
    private final double[] z1;
    private final double[] z2;
    private final double[] z3;

    /** @param capacity largest tile size */
    TriangularNorms(int capacity) {
        z0 = new double[capacity];
        z1 = new double[capacity];
        z2 = new double[capacity];
        z3 = new double[capacity];
    }

    /**
     * {@code q[p] = Σ_i (Σ_{j≤i} F_ij y_j[p] − s_i)²} for p &lt; tile.count().
     *
     * @param lower row-major d × d, F_ij = lower[i·d + j]; entries above the diagonal MUST be zero (the kernel
     *              runs each group of four rows over the columns of its last row)
     * @param shift s, length d
     * @param q     output, length ≥ tile.count()
     */
    void squaredNorms(double[] lower, double[] shift, TransposedTile tile, double[] q) {
        int d = tile.features();
        int n = tile.count();
        Arrays.fill(q, 0, n, 0.0);
        int i = 0;
        for (; i + 3 < d; i += 4) {
            int r0 = i * d;
            int r1 = r0 + d;
            int r2 = r1 + d;
            int r3 = r2 + d;
            Arrays.fill(z0, 0, n, -shift[i]);
            Arrays.fill(z1, 0, n, -shift[i + 1]);
            Arrays.fill(z2, 0, n, -shift[i + 2]);
            Arrays.fill(z3, 0, n, -shift[i + 3]);
            // columns 0 … i + 3 (F is zero above the diagonal): i + 4 of them, an even number, so pairs cover all
            for (int j = 0; j < i + 4; j += 2) {
                double a0 = lower[r0 + j];
                double a1 = lower[r1 + j];
                double a2 = lower[r2 + j];
                double a3 = lower[r3 + j];
                double b0 = lower[r0 + j + 1];
                double b1 = lower[r1 + j + 1];
                double b2 = lower[r2 + j + 1];
                double b3 = lower[r3 + j + 1];
                double[] ya = tile.feature(j);
                double[] yb = tile.feature(j + 1);
                for (int p = 0; p < n; p++) {
                    double v = ya[p];
                    double w = yb[p];
                    z0[p] = Math.fma(b0, w, Math.fma(a0, v, z0[p]));
                    z1[p] = Math.fma(b1, w, Math.fma(a1, v, z1[p]));
                    z2[p] = Math.fma(b2, w, Math.fma(a2, v, z2[p]));
                    z3[p] = Math.fma(b3, w, Math.fma(a3, v, z3[p]));
                }
            }
            for (int p = 0; p < n; p++) {
                q[p] += z0[p] * z0[p] + z1[p] * z1[p] + z2[p] * z2[p] + z3[p] * z3[p];
            }
        }
        for (; i < d; i++) {
            int r0 = i * d;
            Arrays.fill(z0, 0, n, -shift[i]);
            for (int j = 0; j <= i; j++) {
                double a0 = lower[r0 + j];
                double[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    z0[p] = Math.fma(a0, y[p], z0[p]);
                }
            }
            for (int p = 0; p < n; p++) {
                q[p] += z0[p] * z0[p];
            }
        }
    }
}
