package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/** The iterative (Lanczos) leading eigenpairs against EJML's dense symmetric eigensolver. */
class LanczosTest {

    /** A = Σ_i w_i y_i y_iᵀ for random spiked data, as in the M-step. */
    private static DMatrixRMaj weightedScatter(SplittableRandom rng, int d, int n, double signal) {
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
            x[j] = rng.nextGaussian();
        }
        DMatrixRMaj a = new DMatrixRMaj(d, d);
        double[] y = new double[d];
        for (int i = 0; i < n; i++) {
            double alpha = signal * rng.nextGaussian();
            for (int j = 0; j < d; j++) {
                y[j] = alpha * x[j] + rng.nextGaussian();
            }
            double w = rng.nextDouble();
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    a.add(p, q, w * y[p] * y[q]);
                }
            }
        }
        return a;
    }

    private static double[] times(DMatrixRMaj a, double[] v) {
        double[] out = new double[a.numRows];
        for (int p = 0; p < a.numRows; p++) {
            for (int q = 0; q < a.numCols; q++) {
                out[p] += a.get(p, q) * v[q];
            }
        }
        return out;
    }

    @Test
    void iterativeLeadingEigenpairsAgreeWithDenseSolver() throws Exception {
        SplittableRandom rng = new SplittableRandom(31);
        for (int trial = 0; trial < 20; trial++) {
            int d = 5 + rng.nextInt(80);
            int k = 1 + rng.nextInt(4);
            DMatrixRMaj[] a = new DMatrixRMaj[k];
            double[][] start = new double[k][d];
            double[][] startProducts = new double[k][];
            for (int c = 0; c < k; c++) {
                // signal 0 gives nearly flat spectra: the hard case for any Krylov method.
                a[c] = weightedScatter(rng, d, 3 * d, c == 0 ? 0.0 : 1 + 3 * rng.nextDouble());
                double norm = 0;
                for (int j = 0; j < d; j++) {
                    start[c][j] = rng.nextGaussian();
                    norm += start[c][j] * start[c][j];
                }
                for (int j = 0; j < d; j++) {
                    start[c][j] /= Math.sqrt(norm);
                }
                startProducts[c] = times(a[c], start[c]);
            }
            Lanczos.Result r = Lanczos.leading(start, startProducts, (comps, vectors, index) -> {
                double[][] out = new double[comps.length][];
                for (int i = 0; i < comps.length; i++) {
                    out[i] = times(a[comps[i]], vectors[i]);
                }
                return out;
            });
            for (int c = 0; c < k; c++) {
                EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
                assertTrue(eig.decompose(a[c].copy()));
                int best = 0;
                for (int i = 1; i < d; i++) {
                    if (eig.getEigenvalue(i).real > eig.getEigenvalue(best).real) {
                        best = i;
                    }
                }
                double lambda = eig.getEigenvalue(best).real;
                double second = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < d; i++) {
                    if (i != best) {
                        second = Math.max(second, eig.getEigenvalue(i).real);
                    }
                }
                DMatrixRMaj v = eig.getEigenVector(best);
                double dot = 0;
                double vv = 0;
                for (int j = 0; j < d; j++) {
                    dot += v.get(j) * r.vectors[c][j];
                    vv += v.get(j) * v.get(j);
                }
                assertEquals(lambda, r.values[c], 1e-9 * lambda, "eigenvalue, trial " + trial);
                // angle bound of the stated accuracy: sin ∠ ≤ ‖r‖/gap ≤ TOLERANCE·λ/gap
                double sinBound = Lanczos.TOLERANCE * lambda / (lambda - second) + 1e-9;
                double cos = Math.abs(dot) / Math.sqrt(vv);
                assertTrue(Math.sqrt(Math.max(0, 1 - cos * cos)) <= sinBound, "eigenvector angle, trial " + trial);
            }
        }
    }

    @Test
    void lastStepNeedsOnlyTheQuadraticFormAndTheVectorIsTheStatedKrylovCombination() throws Exception {
        SplittableRandom rng = new SplittableRandom(5);
        int d = 30;
        int k = 3;
        DMatrixRMaj[] a = new DMatrixRMaj[k];
        double[][] start = new double[k][];
        double[][] startProducts = new double[k][];
        for (int c = 0; c < k; c++) {
            a[c] = weightedScatter(rng, d, 3 * d, 1 + c);
            start[c] = new double[d];
            start[c][c] = 1;
            startProducts[c] = times(a[c], start[c]);
        }
        java.util.List<String> calls = new java.util.ArrayList<>();
        double[][][] seen = new double[k][3][];
        for (int c = 0; c < k; c++) {
            seen[c][0] = start[c];
        }
        Lanczos.Result r = Lanczos.leading(start, startProducts, new Lanczos.Products() {
            @Override
            public double[][] apply(int[] comps, double[][] vectors, int index) {
                calls.add("products " + index);
                double[][] out = new double[comps.length][];
                for (int i = 0; i < comps.length; i++) {
                    seen[comps[i]][index] = vectors[i].clone();
                    out[i] = times(a[comps[i]], vectors[i]);
                }
                return out;
            }

            @Override
            public double[] quadraticForms(int[] comps, double[][] vectors, int index) {
                calls.add("quadratic forms " + index);
                double[] out = new double[comps.length];
                for (int i = 0; i < comps.length; i++) {
                    seen[comps[i]][index] = vectors[i].clone();
                    out[i] = Lanczos.dot(vectors[i], times(a[comps[i]], vectors[i]));
                }
                return out;
            }
        }, 3);
        assertEquals(java.util.List.of("products 1", "quadratic forms 2"), calls);
        assertEquals(2, r.passes);
        for (int c = 0; c < k; c++) {
            assertEquals(3, r.coefficients[c].length);
            double[] sum = new double[d];
            for (int j = 0; j < 3; j++) {
                Lanczos.axpy(r.coefficients[c][j], seen[c][j], sum);
            }
            assertArrayEquals(r.vectors[c], sum, 1e-14);
            // Three steps give the Ritz value of span{q, Aq, A²q}: above the start's Rayleigh quotient, below λ₁.
            double[] v = r.vectors[c];
            assertEquals(Lanczos.dot(v, times(a[c], v)), r.values[c], 1e-9 * r.values[c]);
            assertTrue(r.values[c] >= Lanczos.dot(start[c], startProducts[c]));
        }
    }

    @Test
    void zeroMatrixGivesZeroEigenvalueAndKeepsTheStartVector() throws Exception {
        double[][] start = {{0.6, 0.8, 0}};
        Lanczos.Result r = Lanczos.leading(start, new double[][] {{0, 0, 0}}, (c, v, i) -> {
            throw new AssertionError("no further pass needed");
        });
        assertEquals(0.0, r.values[0]);
        assertEquals(0.6, r.vectors[0][0], 1e-15);
        assertEquals(0, r.passes);
    }
}
