package io.spikemix.engine.gmm;

/**
 * The Cholesky factorisation Σ = L Lᵀ of a symmetric positive definite d × d matrix and the inverse factor
 * P = L⁻¹ that the E-step uses (Σ⁻¹ = Pᵀ P, method.md §4), both as row axpys over separate {@code double[]} rows.
 *
 * <p>Why not EJML's {@code CholeskyDecompositionInner_DDRM} plus a column-wise inverse, as before: at d = 843 the two
 * took 0.15–0.25 CPU s per component (dot products that C2 cannot vectorise, and a strided column walk), that is
 * 2–3 CPU s of every EM iteration with K = 12, about as much as the E-step's O(N·K·d²/2) kernel for N = 8,000
 * (issue 15 item 4). Written as {@code row_i[k] = fma(−f, row_j[k], row_i[k])} over the same index k, C2 vectorises
 * both steps (the same-index rule, see {@link io.spikemix.engine.kmeans.TransposedTile}).
 *
 * <ul>
 * <li>{@link #factor}: Σ = Uᵀ U with U = Lᵀ kept in the upper part of the rows: row j is
 * U_j = (a_j − Σ_{m&lt;j} U_mj U_m) / U_jj over the columns k ≥ j, U_jj the square root of what is left at k = j.
 * O(d³/6).</li>
 * <li>{@link #invertLowerFactor}: forward substitution P_i = (e_i − Σ_{m&lt;i} L_im P_m) / L_ii row by row, where
 * L_im = U_mi and P_m is zero beyond column m. O(d³/6).</li>
 * </ul>
 * Both read every finished row once per row they produce, d × 2.8 MB from memory at d = 843 if done row by row; rows
 * are therefore produced in blocks of {@link #BLOCK_ROWS}, each finished row being applied to the whole block while it
 * sits in the cache (measured per component at d = 843, factor plus inverse, one thread, load 8: 0.08–0.10 s row by
 * row, 0.03–0.06 s in blocks). Every entry still receives its terms in ascending m,
 * so the result does not depend on the block size or on the thread that runs it.
 */
final class CholeskyRows {

    /** Rows produced per block: 32 rows of d = 843 doubles (216 KB) stay in the L2 cache while applied. */
    static final int BLOCK_ROWS = 32;

    private CholeskyRows() {
    }

    /**
     * Factors the symmetric matrix held row-major in {@code a} (only the upper triangle, k ≥ i, is read) as
     * Uᵀ U, leaving U in the upper part of {@code u} (rows of length d; the lower part is left untouched).
     *
     * @return false when a pivot is not a positive finite number (the matrix is not numerically positive definite,
     *         or holds NaN/∞); {@code u} is then undefined
     */
    static boolean factor(double[] a, double[][] u, int d) {
        for (int i = 0; i < d; i++) {
            System.arraycopy(a, i * d + i, u[i], i, d - i);
        }
        for (int j0 = 0; j0 < d; j0 += BLOCK_ROWS) {
            int j1 = Math.min(d, j0 + BLOCK_ROWS);
            for (int m = 0; m < j0; m++) {
                double[] um = u[m];
                for (int j = j0; j < j1; j++) {
                    subtract(-um[j], um, u[j], j, d);
                }
            }
            for (int j = j0; j < j1; j++) {
                double[] uj = u[j];
                for (int m = j0; m < j; m++) {
                    subtract(-u[m][j], u[m], uj, j, d);
                }
                double pivot = uj[j];
                if (!(pivot > 0) || pivot == Double.POSITIVE_INFINITY) {
                    return false;
                }
                double r = Math.sqrt(pivot);
                double inv = 1 / r;
                uj[j] = r;
                for (int k = j + 1; k < d; k++) {
                    uj[k] *= inv;
                }
            }
        }
        return true;
    }

    /**
     * P = L⁻¹ for L = Uᵀ (U from {@link #factor}), written row-major d × d into {@code p} with zeros above the
     * diagonal, as {@link TriangularNorms} requires.
     *
     * @param rows scratch rows; row i must hold at least i + 1 values
     */
    static void invertLowerFactor(double[][] u, double[] p, double[][] rows, int d) {
        for (int i0 = 0; i0 < d; i0 += BLOCK_ROWS) {
            int i1 = Math.min(d, i0 + BLOCK_ROWS);
            for (int i = i0; i < i1; i++) {
                java.util.Arrays.fill(rows[i], 0, i + 1, 0.0);
                rows[i][i] = 1;
            }
            for (int m = 0; m < i0; m++) {
                for (int i = i0; i < i1; i++) {
                    subtract(-u[m][i], rows[m], rows[i], 0, m + 1);
                }
            }
            for (int i = i0; i < i1; i++) {
                double[] pi = rows[i];
                for (int m = i0; m < i; m++) {
                    subtract(-u[m][i], rows[m], pi, 0, m + 1);
                }
                double inv = 1 / u[i][i];
                for (int k = 0; k <= i; k++) {
                    pi[k] *= inv;
                }
                System.arraycopy(pi, 0, p, i * d, i + 1);
                java.util.Arrays.fill(p, i * d + i + 1, (i + 1) * d, 0.0);
            }
        }
    }

    /** {@code to[k] = fma(f, from[k], to[k])} for k in [k0, k1): an axpy that C2 vectorises. */
    private static void subtract(double f, double[] from, double[] to, int k0, int k1) {
        for (int k = k0; k < k1; k++) {
            to[k] = Math.fma(f, from[k], to[k]);
        }
    }
}
