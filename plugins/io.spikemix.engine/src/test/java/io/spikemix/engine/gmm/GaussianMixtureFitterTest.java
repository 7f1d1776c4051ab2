package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureOptions.Initialization;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

class GaussianMixtureFitterTest {

    /** Gaussian blobs with given means, covariance factors (Σ = A Aᵀ) and weights; truth labels in {@code z}. */
    static SpectralMatrix gaussianBlobs(int n, double[][] means, double[][][] factors, double[] weights, long seed,
            int[] z, int maxBlockValues) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = means[0].length;
        SpectralMatrix y = SpectralMatrix.allocate(n, d, maxBlockValues);
        double[] e = new double[d];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int c = 0;
            double cum = weights[0];
            while (u >= cum && c < weights.length - 1) {
                cum += weights[++c];
            }
            if (z != null) {
                z[i] = c;
            }
            for (int j = 0; j < d; j++) {
                e[j] = SpikedMixtureSamples.gaussian(rng);
            }
            for (int j = 0; j < d; j++) {
                double v = means[c][j];
                for (int l = 0; l < d; l++) {
                    v += factors[c][j][l] * e[l];
                }
                y.set(i, j, (float) v);
            }
        }
        return y;
    }

    static SpectralMatrix randomData(int n, int d, long seed, int maxBlockValues) {
        SplittableRandom rng = new SplittableRandom(seed);
        SpectralMatrix y = SpectralMatrix.allocate(n, d, maxBlockValues);
        for (int i = 0; i < n; i++) {
            int shift = i % 3;
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) (SpikedMixtureSamples.gaussian(rng) * (1 + j % 2) + 4 * shift * (j == shift ? 1 : 0)));
            }
        }
        return y;
    }

    private static GaussianMixtureModel fit(SpectralMatrix y, GaussianMixtureOptions.Builder b)
            throws CanceledException {
        return new GaussianMixtureFitter(b.build()).fit(y, ProgressMonitor.NONE);
    }

    /** ln N(y | μ, Σ) from an explicit inverse and determinant (EJML LU), independent of the Cholesky path. */
    private static double denseLogDensity(double[] y, double[] mu, DMatrixRMaj cov) {
        int d = y.length;
        DMatrixRMaj inv = cov.copy();
        assertTrue(CommonOps_DDRM.invert(inv));
        double det = CommonOps_DDRM.det(cov);
        double q = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                q += (y[i] - mu[i]) * inv.get(i, j) * (y[j] - mu[j]);
            }
        }
        return -0.5 * d * Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * q;
    }

    @Test
    void componentLogDensityEqualsDenseInverseAndDeterminantFormula() throws Exception {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 6; trial++) {
            int d = 1 + trial * 2;
            SpectralMatrix y = randomData(200, d, trial, SpectralMatrix.MAX_BLOCK_VALUES);
            GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(3).seed(trial).maxIter(5).threads(1));
            List<DMatrixRMaj> covs = m.covariances();
            for (int probe = 0; probe < 5; probe++) {
                double[] p = new double[d];
                for (int j = 0; j < d; j++) {
                    p[j] = 3 * SpikedMixtureSamples.gaussian(rng);
                }
                for (int c = 0; c < 3; c++) {
                    double expected = denseLogDensity(p, m.means()[c], covs.get(c));
                    assertEquals(expected, m.componentLogDensity(c, p), 1e-9 * (1 + Math.abs(expected)),
                            "d=" + d + " component " + c);
                }
            }
        }
    }

    @Test
    void responsibilitiesAreBayesRuleOverDenseDensitiesAndSumToOne() throws Exception {
        // 150 rows (more than one 64-row block) and d = 7 (not a multiple of the 4-wide unrolling)
        SpectralMatrix y = randomData(150, 7, 3, 7 * 40);
        GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(3).seed(2).maxIter(4).threads(2));
        SpectralMatrix r = m.responsibilities();
        List<DMatrixRMaj> covs = m.covariances();
        double[] w = m.weights();
        double[][] mu = m.means();
        double total = 0;
        for (int i = 0; i < y.rows(); i++) {
            double[] row = new double[7];
            y.getRow(i, row);
            double[] joint = new double[3];
            double s = 0;
            for (int c = 0; c < 3; c++) {
                joint[c] = w[c] * Math.exp(denseLogDensity(row, mu[c], covs.get(c)));
                s += joint[c];
            }
            total += Math.log(s);
            double rowSum = 0;
            for (int c = 0; c < 3; c++) {
                assertEquals(joint[c] / s, r.get(i, c), 1e-6, "row " + i + " component " + c);
                rowSum += r.get(i, c);
            }
            assertEquals(1, rowSum, 1e-6);
        }
        assertEquals(total, m.logLikelihood(), 1e-8 * Math.abs(total));
        assertEquals(total / y.rows(), m.score(y), 1e-10 * Math.abs(total));
        assertArrayEquals(m.labels(), m.predict(y));
        GaussianMixtureModel.Assignment a = m.assign(y, 2, ProgressMonitor.NONE);
        assertArrayEquals(m.predict(y), a.labels(), "one E-step gives predict's labels");
        for (int i = 0; i < y.rows(); i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(r.get(i, c), a.responsibilities().get(i, c), 0, "and the fit's responsibilities");
            }
        }
    }

    @Test
    void logLikelihoodNeverDecreasesWithoutRegularisation() throws Exception {
        for (Initialization init : Initialization.values()) {
            SpectralMatrix y = randomData(600, 4, 5, SpectralMatrix.MAX_BLOCK_VALUES);
            GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(3).regCovar(0).tol(0).maxIter(60)
                    .init(init).seed(9).threads(1));
            double[] t = m.logLikelihoodTrace();
            assertEquals(61, t.length);
            for (int i = 1; i < t.length; i++) {
                assertTrue(t[i] >= t[i - 1] - 1e-12 * Math.abs(t[i - 1]),
                        init + ": iteration " + i + " decreased from " + t[i - 1] + " to " + t[i]);
            }
        }
    }

    @Test
    void singleComponentIsTheSampleMeanAndBiasedSampleCovariancePlusRegCovarTimesTheMeanFeatureVariance()
            throws Exception {
        SpectralMatrix y = randomData(300, 5, 21, SpectralMatrix.MAX_BLOCK_VALUES);
        GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(1).regCovar(0.25).maxIter(3));
        double[][] rows = y.toDoubleRows();
        double[] mean = new double[5];
        for (double[] r : rows) {
            for (int j = 0; j < 5; j++) {
                mean[j] += r[j] / rows.length;
            }
        }
        double meanVariance = 0;
        for (double[] r : rows) {
            for (int j = 0; j < 5; j++) {
                meanVariance += (r[j] - mean[j]) * (r[j] - mean[j]) / (5.0 * rows.length);
            }
        }
        assertEquals(0.25 * meanVariance, m.appliedRegularization()[0], 1e-12);
        DMatrixRMaj cov = m.covariances().get(0);
        for (int a = 0; a < 5; a++) {
            assertEquals(mean[a], m.means()[0][a], 1e-12);
            for (int b = 0; b < 5; b++) {
                double s = 0;
                for (double[] r : rows) {
                    s += (r[a] - mean[a]) * (r[b] - mean[b]);
                }
                assertEquals(s / rows.length + (a == b ? 0.25 * meanVariance : 0), cov.get(a, b), 1e-10);
            }
        }
        assertEquals(1, m.weights()[0], 1e-12);
    }

    @Test
    void recoversGeneratingParametersOfWellSeparatedGaussians() throws Exception {
        double[][] means = {{0, 0, 0}, {10, 0, -5}, {-8, 9, 4}};
        double[][][] factors = {
            {{1, 0, 0}, {0.5, 1, 0}, {0, 0.3, 0.5}},
            {{2, 0, 0}, {0, 0.5, 0}, {0.4, 0, 1}},
            {{0.7, 0, 0}, {-0.3, 1.2, 0}, {0.2, 0.2, 0.8}}};
        double[] weights = {0.5, 0.3, 0.2};
        SpectralMatrix y = gaussianBlobs(9000, means, factors, weights, 4, null, SpectralMatrix.MAX_BLOCK_VALUES);
        GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(3).nInit(3).seed(1).tol(1e-8).maxIter(300));
        assertTrue(m.converged());
        for (int c = 0; c < 3; c++) {
            int match = nearest(m.means(), means[c]);
            // standard errors: weights ≈ 0.005, means ≈ 0.03, covariance entries ≈ 0.07 for 1,800+ pixels
            assertEquals(weights[c], m.weights()[match], 0.02);
            assertArrayEquals(means[c], m.means()[match], 0.15);
            DMatrixRMaj expected = new DMatrixRMaj(factors[c]);
            DMatrixRMaj sigma = new DMatrixRMaj(3, 3);
            CommonOps_DDRM.multTransB(expected, expected, sigma);
            DMatrixRMaj got = m.covariances().get(match);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    assertEquals(sigma.get(a, b), got.get(a, b), 0.1 * (1 + Math.abs(sigma.get(a, b))),
                            "component " + c + " entry " + a + "," + b);
                }
            }
        }
    }

    private static int nearest(double[][] candidates, double[] target) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            double s = 0;
            for (int j = 0; j < target.length; j++) {
                s += (candidates[i][j] - target[j]) * (candidates[i][j] - target[j]);
            }
            if (s < bestD) {
                bestD = s;
                best = i;
            }
        }
        return best;
    }

    @Test
    void extractsTheTrueSpikesFromLowNoiseSpikedMixtureData() throws Exception {
        // method.md §7, Fig. 2: K = 3, d = 2, N = 1500, σ² = 0.01
        double[][] spikes = {{0.75, -0.91}, {0.08, -0.75}, {-1.01, -1.08}};
        double[] pi = {0.58, 0.37, 0.05};
        for (long seed = 1; seed <= 3; seed++) {
            SpikedMixtureSamples s = SpikedMixtureSamples.generate(1500, spikes, pi, 0.01, seed);
            GaussianMixtureModel m = fit(s.data, GaussianMixtureOptions.builder().k(3).nInit(5).tol(1e-6)
                    .maxIter(1000).seed(seed));
            SpectralGapSpikes g = m.spectralGapSpikes();
            assertTrue(g.conditionHolds());
            assertEquals(0.01, g.sigma2(), 0.003);
            double h = SpikedMixtureSamples.hausdorffSqe(spikes, g.spikes());
            assertTrue(h < 0.05, "dataset " + seed + ": Hausdorff d_sqe " + h);
        }
    }

    @Test
    void zeroMeanOptionKeepsEveryMeanAtZero() throws Exception {
        SpikedMixtureSamples s = SpikedMixtureSamples.generate(800, new double[][] {{1, 0, 2}, {0, 2, -1}},
                new double[] {0.5, 0.5}, 0.1, 3);
        for (Initialization init : Initialization.values()) {
            GaussianMixtureModel m = fit(s.data, GaussianMixtureOptions.builder().k(2).zeroMean(true).init(init)
                    .maxIter(20));
            for (double[] mu : m.means()) {
                assertArrayEquals(new double[3], mu, 0, init.name());
            }
        }
    }

    @Test
    void sameSeedGivesBitIdenticalModelsForAnyThreadCount() throws Exception {
        SpectralMatrix y = randomData(3000, 6, 8, 6 * 500);
        for (Initialization init : Initialization.values()) {
            GaussianMixtureOptions.Builder b = GaussianMixtureOptions.builder().k(4).nInit(2).maxIter(15).init(init)
                    .seed(42);
            GaussianMixtureModel one = fit(y, b.threads(1));
            GaussianMixtureModel three = fit(y, b.threads(3));
            assertArrayEquals(one.logLikelihoodTrace(), three.logLikelihoodTrace(), 0, init.name());
            assertArrayEquals(one.weights(), three.weights(), 0);
            for (int c = 0; c < 4; c++) {
                assertArrayEquals(one.means()[c], three.means()[c], 0);
                assertArrayEquals(one.covariances().get(c).data, three.covariances().get(c).data, 0);
            }
            assertEquals(one.responsibilities(), three.responsibilities());
        }
    }

    /**
     * Issue 17 item 9: with an absolute regularisation of 1e-6, spiked-mixture pixels scaled by 1e-3 or 1e-4 (as
     * {@code --normalize none} leaves some instruments' data) were swamped by it: one iteration, almost every pixel in
     * one cluster (ARI 0.09 / 0.00 against 0.98). Relative to the data's scale, scaled data fit like the original.
     */
    @Test
    void dataScaledBy1eMinus3Or1eMinus4ClusterLikeTheUnscaledData() throws Exception {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] spikes = new double[3][10];
        for (double[] x : spikes) {
            for (int j = 0; j < x.length; j++) {
                x[j] = 2 * SpikedMixtureSamples.gaussian(rng);
            }
        }
        SpikedMixtureSamples s = SpikedMixtureSamples.generate(900, spikes, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0},
                0.05, 9);
        GaussianMixtureOptions.Builder options = GaussianMixtureOptions.builder().k(3).seed(2).threads(2);
        double unscaled = io.spikemix.engine.evaluate.ClusteringScores.of(s.truth, fit(s.data, options).labels())
                .adjustedRandIndex();
        assertTrue(unscaled > 0.9, "unscaled ARI " + unscaled);
        for (double scale : new double[] {1e-3, 1e-4}) {
            SpectralMatrix scaled = s.data.copy();
            for (int i = 0; i < scaled.rows(); i++) {
                for (int j = 0; j < scaled.cols(); j++) {
                    scaled.set(i, j, (float) (scaled.get(i, j) * scale));
                }
            }
            GaussianMixtureModel m = fit(scaled, options);
            double ari = io.spikemix.engine.evaluate.ClusteringScores.of(s.truth, m.labels()).adjustedRandIndex();
            assertEquals(unscaled, ari, 0.02, "scale " + scale);
            assertTrue(m.iterations() > 1, "scale " + scale + " stopped after " + m.iterations() + " iteration(s)");
        }
    }

    /**
     * Issue 17 item 6: the official imzML example (3 × 3 pixels, 8,399 bands) made the GMM allocate d × d matrices
     * until an OutOfMemoryError. The fit estimates its memory first and refuses in one line with the figure and the
     * ways out; the width is chosen so the estimate exceeds twice this JVM's whole heap.
     */
    @Test
    void aFitThatCannotFitInTheHeapIsRefusedBeforeAllocatingWithTheFigureAndTheWayOut() throws Exception {
        int k = 2;
        int d = (int) Math.ceil(Math.sqrt(2.0 * Runtime.getRuntime().maxMemory() / (8 * 5.5 * k)));
        assertTrue(GaussianMixtureFitter.estimateBytes(9, d, k) > 2 * Runtime.getRuntime().maxMemory());
        assertTrue(GaussianMixtureFitter.estimateBytes(9, 8399, 3) > 3L * 8399 * 8399 * 8 * 2,
                "at least the covariances and precision factors of 3 components");
        SpectralMatrix y = SpectralMatrix.allocate(9, d);
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) rng.nextDouble());
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(y, GaussianMixtureOptions.builder().k(k)));
        String m = e.getMessage();
        assertTrue(m.contains("bytes of heap") && m.contains("pick peaks") && m.contains("-Xmx")
                && m.contains(String.format(java.util.Locale.ROOT, "%,d features", d)) && !m.contains("\n"), m);
    }

    @Test
    void singularCovarianceIsRegularisedAndReportedNeverNaN() throws Exception {
        // constant third feature: every covariance is singular when regCovar = 0
        SpectralMatrix y = randomData(300, 3, 1, SpectralMatrix.MAX_BLOCK_VALUES);
        for (int i = 0; i < y.rows(); i++) {
            y.set(i, 2, 5f);
        }
        GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(2).regCovar(0).maxIter(10));
        assertArrayEquals(new int[] {0, 1}, m.regularizedComponents());
        for (double a : m.appliedRegularization()) {
            assertTrue(a > 0);
        }
        assertTrue(Double.isFinite(m.logLikelihood()));
        for (DMatrixRMaj c : m.covariances()) {
            for (double v : c.data) {
                assertTrue(Double.isFinite(v));
            }
        }
        // the same data with the default regCovar need nothing extra
        assertEquals(0, fit(y, GaussianMixtureOptions.builder().k(2).maxIter(10)).regularizedComponents().length);
    }

    @Test
    void allZeroDataWithOneComponentGivesRegCovarTimesIdentity() throws Exception {
        SpectralMatrix y = SpectralMatrix.allocate(50, 4);
        GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(1));
        DMatrixRMaj c = m.covariances().get(0);
        assertTrue(CommonOps_DDRM.identity(4).data.length == 16);
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                assertEquals(a == b ? 1e-6 : 0, c.get(a, b), 1e-18);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(y, GaussianMixtureOptions.builder().k(2)));
        assertTrue(e.getMessage().contains("only 1 distinct"), e.getMessage());
    }

    @Test
    void duplicatePixelsAreFineWhileThereAreAtLeastKDistinctOnes() throws Exception {
        SpectralMatrix y = SpectralMatrix.of(new double[][] {{0, 0}, {0, 0}, {0, 0}, {5, 5}, {5, 5}, {9, 0}});
        GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(3).init(Initialization.KMEANS_PLUS_PLUS));
        int[] l = m.labels();
        assertEquals(l[0], l[1]);
        assertEquals(l[3], l[4]);
        assertEquals(3, java.util.Arrays.stream(l).distinct().count());
        assertThrows(IllegalArgumentException.class, () -> fit(y, GaussianMixtureOptions.builder().k(4)));
    }

    @Test
    void rejectsNonFiniteValuesNamingRowAndColumn() {
        SpectralMatrix y = randomData(20, 3, 1, SpectralMatrix.MAX_BLOCK_VALUES);
        y.set(12, 2, Float.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(y, GaussianMixtureOptions.builder().k(2)));
        assertTrue(e.getMessage().contains("row 12, column 2 holds NaN"), e.getMessage());
        y.set(12, 2, Float.NEGATIVE_INFINITY);
        e = assertThrows(IllegalArgumentException.class, () -> fit(y, GaussianMixtureOptions.builder().k(2)));
        assertTrue(e.getMessage().contains("-Infinity"), e.getMessage());
    }

    @Test
    void rejectsMoreComponentsThanPixels() {
        SpectralMatrix y = randomData(3, 2, 1, SpectralMatrix.MAX_BLOCK_VALUES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(y, GaussianMixtureOptions.builder().k(5)));
        assertEquals("The number of pixels (3) is smaller than 'k' (5). Reduce 'k' or select more pixels.",
                e.getMessage());
    }

    @Test
    void oneFeatureDataFitButHaveNoSpectralGapSpikes() throws Exception {
        SpectralMatrix y = randomData(100, 1, 2, SpectralMatrix.MAX_BLOCK_VALUES);
        GaussianMixtureModel m = fit(y, GaussianMixtureOptions.builder().k(2));
        assertTrue(Double.isFinite(m.logLikelihood()));
        assertThrows(IllegalArgumentException.class, m::spectralGapSpikes);
    }

    @Test
    void optionsAreValidatedWithScikitLearnStyleMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianMixtureOptions.builder().k(0).build());
        assertEquals("The 'k' parameter must be >= 1. Got 0 instead.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GaussianMixtureOptions.builder().tol(-1).build());
        assertEquals("The 'tol' parameter must be a finite number >= 0.0. Got -1.0 instead.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GaussianMixtureOptions.builder().regCovar(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> GaussianMixtureOptions.builder().nInit(0).build());
        assertThrows(IllegalArgumentException.class, () -> GaussianMixtureOptions.builder().maxIter(0).build());
        assertThrows(IllegalArgumentException.class, () -> GaussianMixtureOptions.builder().threads(0).build());
        assertThrows(IllegalArgumentException.class, () -> GaussianMixtureOptions.builder().init(null).build());
        GaussianMixtureOptions o = GaussianMixtureOptions.builder().k(4).zeroMean(true).build();
        assertEquals(o.toString(), o.toBuilder().build().toString());
    }

    @Test
    void cancellationStopsTheFit() {
        SpectralMatrix y = randomData(5000, 3, 1, SpectralMatrix.MAX_BLOCK_VALUES);
        int[] calls = {0};
        ProgressMonitor cancelAfterFew = new ProgressMonitor() {
            @Override
            public void checkCanceled() throws CanceledException {
                if (++calls[0] > 20) {
                    throw new CanceledException("stop");
                }
            }

            @Override
            public void setProgress(double fraction, java.util.function.Supplier<String> message) {
                // not needed
            }
        };
        assertThrows(CanceledException.class, () -> new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(2)
                .tol(0).maxIter(1000).threads(2).build()).fit(y, cancelAfterFew));
    }
}
