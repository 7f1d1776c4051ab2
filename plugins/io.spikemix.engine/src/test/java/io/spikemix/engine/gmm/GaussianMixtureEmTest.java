package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.ProgressMonitor;

class GaussianMixtureEmTest {

    private static SpectralMatrix data() {
        return GaussianMixtureFitterTest.randomData(2500, 5, 3, 5 * 333);
    }

    /** Hard responsibilities for components 0 and 1 only; component 2 has no pixel. */
    private static double[][] twoOfThree(GaussianMixtureEm em, SpectralMatrix y) {
        double[][] resp = em.newResponsibilities();
        for (int ch = 0; ch < resp.length; ch++) {
            for (int i = 0; i * 3 < resp[ch].length; i++) {
                resp[ch][i * 3 + (y.get(ch * GaussianMixtureEm.CHUNK_ROWS + i, 0) > 0 ? 0 : 1)] = 1;
            }
        }
        return resp;
    }

    @Test
    void mStepMatchesWeightedMeanAndCovarianceComputedDirectly() throws Exception {
        SpectralMatrix y = data();
        try (ParallelTasks t = new ParallelTasks(2)) {
            GaussianMixtureEm em = new GaussianMixtureEm(y, 3, false, 0.0, t);
            double[][] resp = em.newResponsibilities();
            java.util.SplittableRandom rng = new java.util.SplittableRandom(4);
            for (double[] r : resp) {
                for (int o = 0; o < r.length; o += 3) {
                    double a = rng.nextDouble();
                    double b = rng.nextDouble() * (1 - a);
                    r[o] = a;
                    r[o + 1] = b;
                    r[o + 2] = 1 - a - b;
                }
            }
            GaussianComponents comps = new GaussianComponents(3, 5);
            em.mStep(comps, resp, ProgressMonitor.NONE);
            for (int c = 0; c < 3; c++) {
                double nk = 0;
                double[] mean = new double[5];
                for (int i = 0; i < y.rows(); i++) {
                    double w = resp[i / GaussianMixtureEm.CHUNK_ROWS][(i % GaussianMixtureEm.CHUNK_ROWS) * 3 + c];
                    nk += w;
                    for (int j = 0; j < 5; j++) {
                        mean[j] += w * y.get(i, j);
                    }
                }
                for (int j = 0; j < 5; j++) {
                    mean[j] /= nk;
                }
                assertEquals(nk / y.rows(), comps.weights[c], 1e-12);
                assertArrayEquals(mean, comps.means[c], 1e-10);
                for (int a = 0; a < 5; a++) {
                    for (int b = 0; b < 5; b++) {
                        double s = 0;
                        for (int i = 0; i < y.rows(); i++) {
                            double w = resp[i / GaussianMixtureEm.CHUNK_ROWS][(i % GaussianMixtureEm.CHUNK_ROWS) * 3
                                    + c];
                            s += w * (y.get(i, a) - mean[a]) * (y.get(i, b) - mean[b]);
                        }
                        assertEquals(s / nk, comps.covariances[c][a * 5 + b], 1e-9);
                    }
                }
            }
        }
    }

    @Test
    void componentThatEmptiesKeepsATinyWeightAndRegCovarIdentityWithFiniteDensities() throws Exception {
        SpectralMatrix y = data();
        try (ParallelTasks t = new ParallelTasks(1)) {
            GaussianMixtureEm em = new GaussianMixtureEm(y, 3, false, 1e-3, t);
            double[][] resp = twoOfThree(em, y);
            GaussianComponents comps = new GaussianComponents(3, 5);
            int[] extra = em.mStep(comps, resp, ProgressMonitor.NONE);
            assertEquals(0, extra.length);
            assertTrue(comps.weights[2] > 0 && comps.weights[2] < 1e-15);
            assertArrayEquals(new double[5], comps.means[2], 0);
            for (int a = 0; a < 5; a++) {
                for (int b = 0; b < 5; b++) {
                    assertEquals(a == b ? 1e-3 : 0, comps.covariances[2][a * 5 + b], 0);
                }
            }
            double ll = em.eStep(comps, resp, ProgressMonitor.NONE);
            assertTrue(Double.isFinite(ll));
        }
    }

    @Test
    void emptyComponentWithoutRegularisationIsRegularisedAndReported() throws Exception {
        SpectralMatrix y = data();
        try (ParallelTasks t = new ParallelTasks(1)) {
            GaussianMixtureEm em = new GaussianMixtureEm(y, 3, false, 0.0, t);
            GaussianComponents comps = new GaussianComponents(3, 5);
            assertArrayEquals(new int[] {2}, em.mStep(comps, twoOfThree(em, y), ProgressMonitor.NONE));
            assertTrue(comps.appliedRegularization[2] > 0);
            assertTrue(Double.isFinite(comps.logDetPrecision[2]));
        }
    }

    @Test
    void rowGroupsCoverTheTriangleWithoutGaps() {
        for (int d = 1; d < 40; d++) {
            for (int g = 1; g < 9; g++) {
                int[][] groups = GaussianMixtureEm.rowGroups(d, g);
                assertEquals(0, groups[0][0]);
                assertEquals(d, groups[groups.length - 1][1]);
                for (int i = 1; i < groups.length; i++) {
                    assertEquals(groups[i - 1][1], groups[i][0]);
                    assertTrue(groups[i][1] > groups[i][0]);
                }
            }
        }
    }
}
