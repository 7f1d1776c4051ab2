package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;

/** The closed-form E-step against dense multivariate normal densities computed with an EJML Cholesky factor. */
class ComponentDensityTest {

    /** ln N(y; 0, x xᵀ + σ²I) by Cholesky: −½(d ln 2π + ln det Σ + ‖L⁻¹y‖²). */
    private static double denseLogDensity(double[] y, double[] x, double sigma2) {
        int d = y.length;
        DMatrixRMaj cov = new DMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov.set(i, j, x[i] * x[j] + (i == j ? sigma2 : 0));
            }
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
        if (!chol.decompose(cov)) {
            throw new AssertionError("covariance not positive definite");
        }
        DMatrixRMaj l = chol.getT(null);
        double logDet = 0;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            logDet += 2 * Math.log(l.get(i, i));
            double s = y[i];
            for (int j = 0; j < i; j++) {
                s -= l.get(i, j) * z[j];
            }
            z[i] = s / l.get(i, i);
        }
        double q = 0;
        for (double v : z) {
            q += v * v;
        }
        return -0.5 * (d * Math.log(2 * Math.PI) + logDet + q);
    }

    private static SpikedMixtureModel randomModel(SplittableRandom rng, int k, int d) {
        double[][] x = SmmSampler.gaussianSpikes(k, d, rng.nextDouble(0.1, 5), rng);
        if (k > 2 && rng.nextBoolean()) {
            x[k - 1] = new double[d];
        }
        double[] pi = SmmSampler.dirichlet(k, 2, rng);
        return SpikedMixtureModel.of(x, pi, rng.nextDouble(0.05, 3));
    }

    @Test
    void closedFormLogDensityEqualsDenseGaussianLogDensity() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int d = 2 + rng.nextInt(7);
            int k = 1 + rng.nextInt(4);
            SpikedMixtureModel model = randomModel(rng, k, d);
            double[] y = new double[d];
            for (int j = 0; j < d; j++) {
                y[j] = 3 * rng.nextGaussian();
            }
            for (int c = 0; c < k; c++) {
                double expected = denseLogDensity(y, model.spikes()[c], model.sigma2());
                assertEquals(expected, model.componentLogDensity(y, c), 1e-9 * Math.max(1, Math.abs(expected)));
            }
        }
    }

    @Test
    void responsibilitiesAndLogLikelihoodEqualDensePosteriorAndSumToOne() {
        SplittableRandom rng = new SplittableRandom(12);
        for (int trial = 0; trial < 40; trial++) {
            int d = 2 + rng.nextInt(6);
            int k = 1 + rng.nextInt(5);
            int n = 30;
            SpikedMixtureModel model = randomModel(rng, k, d);
            double[][] rows = new double[n][d];
            for (double[] row : rows) {
                for (int j = 0; j < d; j++) {
                    row[j] = (float) (2 * rng.nextGaussian());
                }
            }
            SpectralMatrix data = SpectralMatrix.of(rows);
            double[][] rho = model.responsibilities(data);
            int[] labels = model.labels(data);
            double expectedLl = 0;
            for (int i = 0; i < n; i++) {
                double[] logJoint = new double[k];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    logJoint[c] = Math.log(model.pi()[c]) + denseLogDensity(rows[i], model.spikes()[c], model.sigma2());
                    max = Math.max(max, logJoint[c]);
                }
                double sum = 0;
                for (double v : logJoint) {
                    sum += Math.exp(v - max);
                }
                double lse = max + Math.log(sum);
                expectedLl += lse;
                double[] expected = new double[k];
                double total = 0;
                int argmax = 0;
                for (int c = 0; c < k; c++) {
                    expected[c] = Math.exp(logJoint[c] - lse);
                    total += rho[i][c];
                    if (expected[c] > expected[argmax]) {
                        argmax = c;
                    }
                }
                assertArrayEquals(expected, rho[i], 1e-9);
                assertEquals(1.0, total, 1e-12);
                assertEquals(argmax, labels[i]);
            }
            assertEquals(expectedLl, model.logLikelihood(data), 1e-9 * Math.abs(expectedLl));
        }
    }

    @Test
    void extremeScoresStayFiniteInTheLogDomain() {
        SpikedMixtureModel model = SpikedMixtureModel.of(new double[][] {{100, 0}, {0, 100}}, new double[] {0.5, 0.5}, 1e-4);
        SpectralMatrix data = SpectralMatrix.of(new double[][] {{1000, 1}, {1, -1000}});
        double[][] rho = model.responsibilities(data);
        assertArrayEquals(new double[] {1, 0}, rho[0], 1e-12);
        assertArrayEquals(new double[] {0, 1}, rho[1], 1e-12);
        assertEquals(true, Double.isFinite(model.logLikelihood(data)));
    }

    @Test
    void modelRefusesDataWithOtherFeatureCountOrNonFiniteValues() {
        SpikedMixtureModel model = SpikedMixtureModel.of(new double[][] {{1, 0, 0}}, new double[] {1}, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.labels(SpectralMatrix.of(new double[][] {{1, 2}})));
        assertEquals("The data have 2 features but the model was fitted on 3.", e.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> model.labels(SpectralMatrix.of(new double[][] {{1, 2, 3}, {1, Double.NaN, 3}})));
        assertEquals("The data must be finite, but row 1, column 1 is NaN.", nan.getMessage());
    }

    @Test
    void aRestoredModelReturnsExactlyTheSpikesItWasGiven() {
        // Saving a model and restoring it must not change its spikes, even though the model works with unit
        // directions x/‖x‖ internally (‖x‖·(x/‖x‖) need not round back to x).
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            double[][] x = new double[3][7];
            for (double[] row : x) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = rng.nextDouble(-5, 5) * Math.pow(10, rng.nextInt(-3, 4));
                }
            }
            x[2] = new double[7];
            SpikedMixtureModel m = SpikedMixtureModel.of(x, new double[] {0.5, 0.3, 0.2}, 0.1);
            double[][] back = m.spikes();
            for (int k = 0; k < x.length; k++) {
                assertArrayEquals(x[k], back[k], 0.0);
            }
        }
    }
}
