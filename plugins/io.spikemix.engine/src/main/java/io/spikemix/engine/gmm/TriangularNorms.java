package io.spikemix.engine.gmm;

import java.util.Arrays;

import io.spikemix.engine.kmeans.TransposedTile;

/**
 * Squared norms q_p = ‖F y_p − s‖² for a lower-triangular d × d matrix F and the pixels y_p of a
 * {@link TransposedTile}: with F = P = L⁻¹ the precision factor of a component and s = P μ, q_p is the Mahalanobis
 * term of ln N(y_p | μ, Σ) (method.md §4; scikit-learn's {@code _estimate_log_gaussian_prob} uses the same
 * P y − P μ form).
 *
 * <p>Kernel: the rows z_i = (F y)_i − s_i are built four at a time as axpys over the tile's pixels,
 * {@code z_r[p] += F[i+r][j] · y_j[p]} for j ≤ i + 3, so one load of {@code y_j[p]} feeds four multiply-adds and all
 * arrays in the inner loop are indexed by p alone (the same-index rule of {@link TransposedTile}, which lets C2
 * vectorise it); then {@code q[p] += z_0[p]² + … + z_3[p]²}. A Σ_j F_ij y_j dot product per pixel would be a
 * reduction, which C2 does not vectorise. The summation order is fixed.
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
            for (int j = 0; j <= i + 3; j++) {
                double a0 = lower[r0 + j];
                double a1 = lower[r1 + j];
                double a2 = lower[r2 + j];
                double a3 = lower[r3 + j];
                double[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    double v = y[p];
                    z0[p] += a0 * v;
                    z1[p] += a1 * v;
                    z2[p] += a2 * v;
                    z3[p] += a3 * v;
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
                    z0[p] += a0 * y[p];
                }
            }
            for (int p = 0; p < n; p++) {
                q[p] += z0[p] * z0[p];
            }
        }
    }
}
