package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * The M-step sums of one data pass, with and without the Lemma IV.1 threshold τ = δ/‖Y‖²_F, against sums formed
 * independently from the model's responsibilities: A_k^τ = Σ_{i: ρ_ik ≥ τ} ρ_ik y_i y_iᵀ, its products and its
 * quadratic forms.
 */
class SparsifiedSumTest {

    private static double[][] scatter(double[][] y, double[][] rho, int c, double tau) {
        int d = y[0].length;
        double[][] a = new double[d][d];
        for (int i = 0; i < y.length; i++) {
            if (rho[i][c] >= tau && rho[i][c] > 0) {
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q < d; q++) {
                        a[p][q] += rho[i][c] * y[i][p] * y[i][q];
                    }
                }
            }
        }
        return a;
    }

    private static double leading(double[][] a) {
        return DenseEigen.leading(new DMatrixRMaj(a), new double[a.length]);
    }

    @Test
    void thresholdedSumsMatchIndependentSumsAndMoveTheEigenvalueByAtMostDelta() throws Exception {
        SplittableRandom rng = new SplittableRandom(41);
        double[][] truth = SmmSampler.gaussianSpikes(3, 6, 2, rng);
        SpectralMatrix data = SmmSampler.sample(5000, truth, new double[] {0.5, 0.3, 0.2}, 0.3, rng).data;
        double[][] y = data.toDoubleRows();
        SpikedMixtureModel model = SpikedMixtureModel.of(SmmSampler.gaussianSpikes(3, 6, 2, rng), new double[] {0.4, 0.4, 0.2}, 0.5);
        double[][] rho = model.responsibilities(data);
        int d = 6;
        int k = 3;
        try (BlockExecutor executor = new BlockExecutor(2, ProgressMonitor.NONE)) {
            DataSummary summary = DataSummary.of(data, executor);
            for (double delta : new double[] {0, 1, 20}) {
                double tau = delta / summary.sumSq;
                int dropped = 0;
                for (double[] r : rho) {
                    for (double v : r) {
                        dropped += v > 0 && v < tau ? 1 : 0;
                    }
                }
                assertTrue(delta == 0 || dropped > 100, "the threshold must leave terms out: " + dropped);
                EmWorkspace dense = new EmWorkspace(data, summary, k, true, delta, 3, executor);
                EmWorkspace.Expectation e = dense.expectation(model.parameters());
                assertEquals(model.logLikelihood(data), e.logLikelihood, 1e-12 * Math.abs(e.logLikelihood));
                EmWorkspace iterative = new EmWorkspace(data, summary, k, false, delta, 3, executor);
                EmWorkspace.Expectation ei = iterative.expectation(model.parameters());
                double[][] q = SmmSampler.gaussianSpikes(k, d, 1, rng);
                double[][] products = iterative.products(new int[] {0, 1, 2}, q, 1);
                double[] forms = iterative.quadraticForms(new int[] {0, 1, 2}, q, 2);
                for (int c = 0; c < k; c++) {
                    double[][] expected = scatter(y, rho, c, tau);
                    DMatrixRMaj got = DenseEigen.unpack(e.scatter, d, k, c);
                    double[] v = model.parameters().directions[c];
                    double[] av = new double[d];
                    double[] aq = new double[d];
                    for (int p = 0; p < d; p++) {
                        assertArrayEquals(expected[p], java.util.Arrays.copyOfRange(got.data, p * d, p * d + d),
                                1e-9 * summary.sumSq);
                        for (int j = 0; j < d; j++) {
                            av[p] += expected[p][j] * v[j];
                            aq[p] += expected[p][j] * q[c][j];
                        }
                    }
                    assertArrayEquals(av, java.util.Arrays.copyOfRange(ei.products, c * d, c * d + d), 1e-9 * summary.sumSq);
                    assertArrayEquals(aq, products[c], 1e-9 * summary.sumSq);
                    assertEquals(Lanczos.dot(q[c], aq), forms[c], 1e-9 * summary.sumSq, "q^T A q");
                    double full = leading(scatter(y, rho, c, 0));
                    double sparse = leading(expected);
                    assertTrue(full - sparse <= delta + 1e-9 * full && sparse <= full + 1e-9 * full,
                            "Lemma IV.1: delta " + delta + ", full " + full + ", sparse " + sparse);
                }
            }
        }
    }
}
