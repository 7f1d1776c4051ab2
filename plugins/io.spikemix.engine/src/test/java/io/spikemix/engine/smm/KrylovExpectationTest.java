package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * The E-step after an iterative M-step, which projects the pixels on the new directions v_c = Σ_j a_cj·q_j by
 * combining the projections on the Krylov vectors q_j kept from the M-step's passes, against the plain E-step that
 * projects the pixels on v_c directly, in a workspace that kept nothing.
 */
class KrylovExpectationTest {

    private static final int K = 3;
    private static final int D = 40;

    private static double[] unit(double[] v) {
        double n = Math.sqrt(Lanczos.dot(v, v));
        double[] u = v.clone();
        for (int j = 0; j < u.length; j++) {
            u[j] /= n;
        }
        return u;
    }

    @Test
    void combinedKrylovProjectionsGiveThePlainEStepIncludingTilesTheProductPassesLeftOut() throws Exception {
        SplittableRandom rng = new SplittableRandom(17);
        double[][] truth = SmmSampler.gaussianSpikes(2, D, 2, rng);
        // 1000 pixels: 15 full tiles and a partial one, in one block.
        SpectralMatrix data = SmmSampler.sample(1000, truth, new double[] {0.6, 0.4}, 0.1, rng).data;
        double[][] y = data.toDoubleRows();
        // Component 2 has almost no weight, so with τ = 1e-200 every tile leaves it out of the product passes and
        // the Krylov E-step must project the tile on its new direction afresh.
        double[][] spikes = {truth[0], truth[1], SmmSampler.gaussianSpikes(1, D, 1, rng)[0]};
        SpikedMixtureModel start = SpikedMixtureModel.of(spikes, new double[] {0.5, 0.5 - 1e-300, 1e-300}, 0.2);
        SmmParameters p = start.parameters();
        try (BlockExecutor executor = new BlockExecutor(2, ProgressMonitor.NONE)) {
            DataSummary summary = DataSummary.of(data, executor);
            double delta = 1e-200 * summary.sumSq;
            EmWorkspace kept = new EmWorkspace(data, summary, K, false, delta, 3, executor);
            kept.expectation(p);
            double[][] q1 = SmmSampler.gaussianSpikes(K, D, 1, rng);
            double[][] q2 = SmmSampler.gaussianSpikes(K, D, 1, rng);
            int[] all = {0, 1, 2};
            kept.products(all, q1, 1);
            double[] forms = kept.quadraticForms(all, q2, 2);
            assertEquals(0.0, forms[2], "component 2 is below the threshold everywhere");

            // Three, one and two Krylov vectors: the combinations the M-step produces.
            double[][] coefficients = {{0.8, -0.5, 0.3}, {-1}, {0.6, 0.9}};
            double[][] directions = new double[K][D];
            double[][][] basis = {p.directions, q1, q2};
            for (int c = 0; c < K; c++) {
                for (int j = 0; j < coefficients[c].length; j++) {
                    Lanczos.axpy(coefficients[c][j], basis[j][c], directions[c]);
                }
                double norm = Math.sqrt(Lanczos.dot(directions[c], directions[c]));
                for (int j = 0; j < coefficients[c].length; j++) {
                    coefficients[c][j] /= norm;
                }
                directions[c] = unit(directions[c]);
            }
            SmmParameters next = new SmmParameters(directions, new double[] {3, 2, 1}, new double[] {0.5, 0.3, 0.2},
                    0.15, new boolean[] {true, true, true});

            EmWorkspace.Expectation combined = kept.expectation(next, coefficients);
            EmWorkspace plain = new EmWorkspace(data, summary, K, false, delta, 3, executor);
            EmWorkspace.Expectation direct = plain.expectation(next);

            assertEquals(direct.logLikelihood, combined.logLikelihood, 1e-12 * Math.abs(direct.logLikelihood));
            assertArrayEquals(direct.gamma, combined.gamma, 1e-9);
            assertArrayEquals(direct.products, combined.products, 1e-10 * summary.sumSq);
            for (int i = 0; i < y.length; i++) {
                for (int c = 0; c < K; c++) {
                    assertEquals(plain.responsibilities(0)[i * K + c], kept.responsibilities(0)[i * K + c], 1e-10,
                            "pixel " + i + ", component " + c);
                }
            }
            assertArrayEquals(plain.labels(), kept.labels());
        }
    }

    @Test
    void refusesMoreCoefficientsThanKeptProjections() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        SpectralMatrix data = SmmSampler.sample(100, SmmSampler.gaussianSpikes(K, D, 1, rng), new double[] {0.3, 0.3, 0.4},
                0.1, rng).data;
        SmmParameters p = SpikedMixtureModel.of(SmmSampler.gaussianSpikes(K, D, 1, rng), new double[] {0.3, 0.3, 0.4}, 0.2)
                .parameters();
        try (BlockExecutor executor = new BlockExecutor(1, ProgressMonitor.NONE)) {
            EmWorkspace ws = new EmWorkspace(data, DataSummary.of(data, executor), K, false, 0, 2, executor);
            assertThrows(IllegalStateException.class,
                    () -> ws.expectation(p, new double[][] {{1}, {1, 0}, {1, 0, 0}}));
        }
    }
}
