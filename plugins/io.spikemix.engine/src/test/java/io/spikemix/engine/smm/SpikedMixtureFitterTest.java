package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureOptions.EigenMethod;

/** EM behaviour of the fitter: monotone likelihood, determinism, schedules, progress, cancel and bad input. */
class SpikedMixtureFitterTest {

    private static SmmSampler sample(long seed, int n, int k, int d, double sigma2) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = SmmSampler.gaussianSpikes(k, d, 1, rng);
        return SmmSampler.sample(n, x, SmmSampler.dirichlet(k, 2, rng), sigma2, rng);
    }

    /**
     * A d at which the iterative E-step reuses the projections kept from the M-step's Krylov passes (see
     * {@link SpikedMixtureFitter#REUSE_MIN_FEATURES}); the smaller d of each test projects afresh.
     */
    private static final int REUSING_D = SpikedMixtureFitter.REUSE_MIN_FEATURES + 16;

    private static SpikedMixtureModel fit(SpectralMatrix data, SpikedMixtureOptions.Builder options) throws CanceledException {
        return new SpikedMixtureFitter(options.build()).fit(data, ProgressMonitor.NONE);
    }

    @Test
    void logLikelihoodNeverDecreasesWithDenseOrIterativeEigenpairs() throws Exception {
        for (EigenMethod method : new EigenMethod[] {EigenMethod.DENSE, EigenMethod.ITERATIVE}) {
            for (long seed = 1; seed <= 4; seed++) {
                int d = method == EigenMethod.DENSE || seed <= 2 ? 6 : REUSING_D;
                SpectralMatrix data = sample(seed, 800, 4, d, 0.8).data;
                SpikedMixtureModel m = fit(data,
                        SpikedMixtureOptions.builder().k(5).seed(seed).singleStart(80, 0).eigenMethod(method).threads(1));
                double[] trace = m.logLikelihoodTrace();
                for (int t = 1; t < trace.length; t++) {
                    assertTrue(trace[t] >= trace[t - 1] - 1e-10 * Math.abs(trace[t - 1]),
                            method + " seed " + seed + ": L dropped at iteration " + t + ": " + trace[t - 1] + " -> " + trace[t]);
                }
            }
        }
    }

    @Test
    void pureNoiseDataAlsoGiveAMonotoneLikelihood() throws Exception {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] rows = new double[600][7];
        for (double[] r : rows) {
            for (int j = 0; j < r.length; j++) {
                r[j] = rng.nextGaussian();
            }
        }
        SpikedMixtureModel m = fit(SpectralMatrix.of(rows),
                SpikedMixtureOptions.builder().k(4).singleStart(60, 0).eigenMethod(EigenMethod.ITERATIVE));
        double[] trace = m.logLikelihoodTrace();
        for (int t = 1; t < trace.length; t++) {
            assertTrue(trace[t] >= trace[t - 1] - 1e-10 * Math.abs(trace[t - 1]), "iteration " + t);
        }
    }

    @Test
    void denseAndIterativeEigenpairsGiveTheSameFit() throws Exception {
        for (int d : new int[] {12, REUSING_D}) {
            denseAndIterativeEigenpairsGiveTheSameFit(sample(7, 3000, 3, d, 0.5).data);
        }
    }

    private static void denseAndIterativeEigenpairsGiveTheSameFit(SpectralMatrix data) throws Exception {
        SpikedMixtureOptions.Builder b = SpikedMixtureOptions.builder().k(3).seed(3).singleStart(40, 0);
        SpikedMixtureModel dense = fit(data, b.eigenMethod(EigenMethod.DENSE));
        SpikedMixtureModel iterative = fit(data, b.eigenMethod(EigenMethod.ITERATIVE));
        // Lanczos accepts a relative residual of 1e-5: eigenvalues agree to ~1e-10, directions to ~1e-5.
        assertEquals(dense.logLikelihood(), iterative.logLikelihood(), 1e-9 * Math.abs(dense.logLikelihood()));
        assertEquals(dense.sigma2(), iterative.sigma2(), 1e-6 * dense.sigma2());
        // The two paths may label the same components differently, and spikes are defined up to sign: compare the
        // spike sets (sign-invariant Hausdorff distance, squared Euclidean).
        assertTrue(SpikeDistance.hausdorffSqe(dense.spikes(), iterative.spikes()) < 1e-8,
                "Hausdorff d_sqe " + SpikeDistance.hausdorffSqe(dense.spikes(), iterative.spikes()));
    }

    @Test
    void sameSeedGivesBitIdenticalResultsForOneAndTwoThreads() throws Exception {
        SpectralMatrix data = sample(9, 7000, 4, 16, 1.0).data;
        sameSeedGivesBitIdenticalResultsForOneAndTwoThreads(data, EigenMethod.DENSE);
        sameSeedGivesBitIdenticalResultsForOneAndTwoThreads(data, EigenMethod.ITERATIVE);
        sameSeedGivesBitIdenticalResultsForOneAndTwoThreads(sample(9, 7000, 4, REUSING_D, 1.0).data, EigenMethod.ITERATIVE);
    }

    private static void sameSeedGivesBitIdenticalResultsForOneAndTwoThreads(SpectralMatrix data, EigenMethod method)
            throws Exception {
        SpikedMixtureOptions.Builder b = SpikedMixtureOptions.builder().k(4).seed(42).eigenMethod(method)
                .schedule(SieveSchedule.of(3, 3, 2, 15, 0));
        SpikedMixtureModel one = fit(data, b.threads(1));
        SpikedMixtureModel two = fit(data, b.threads(2));
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(one.spikes()[c], two.spikes()[c], 0.0, method + " spike " + c);
        }
        assertEquals(one.sigma2(), two.sigma2(), 0.0);
        assertArrayEquals(one.pi(), two.pi(), 0.0);
        assertArrayEquals(one.logLikelihoodTrace(), two.logLikelihoodTrace(), 0.0);
        assertArrayEquals(one.labels(), two.labels());
    }

    @Test
    void fittedLabelsAndLikelihoodAreReproducedByTheModel() throws Exception {
        for (int d : new int[] {8, REUSING_D}) {
            SpectralMatrix data = sample(10, 5000, 3, d, 0.3).data;
            SpikedMixtureModel m = fit(data, SpikedMixtureOptions.builder().k(3).schedule(SieveSchedule.of(2, 3, 1, 20, 1e-6)));
            assertArrayEquals(m.labels(), m.labels(data));
            assertEquals(m.logLikelihood(), m.logLikelihood(data), 0.0, "d = " + d);
            assertEquals(5000, m.labels().length);
        }
    }

    @Test
    void singleStartWithZeroToleranceRunsExactlyMaxIter() throws Exception {
        SpectralMatrix data = sample(11, 500, 3, 4, 0.2).data;
        SpikedMixtureModel m = fit(data, SpikedMixtureOptions.builder().k(3).singleStart(25, 0));
        assertEquals(25, m.iterations());
        assertEquals(26, m.logLikelihoodTrace().length);
        assertEquals(25, m.totalIterations());
        assertTrue(!m.converged());
    }

    @Test
    void sievingRunsEveryStartAndReturnsAKeptRun() throws Exception {
        SpectralMatrix data = sample(12, 500, 3, 4, 0.2).data;
        SieveSchedule s = SieveSchedule.of(4, 5, 2, 300, 1e-6);
        SpikedMixtureModel m = fit(data, SpikedMixtureOptions.builder().k(3).schedule(s));
        assertTrue(m.converged());
        assertTrue(m.iterations() > 5 && m.iterations() < 5 + 300);
        assertEquals(m.iterations() + 1, m.logLikelihoodTrace().length);
        assertTrue(m.totalIterations() >= 4 * 5 + m.iterations() - 5);
        double[] t = m.logLikelihoodTrace();
        double last = t[t.length - 1];
        double prev = t[t.length - 2];
        assertTrue(Math.abs(last - prev) <= 1e-6 * Math.abs(prev));
    }

    @Test
    void progressReportsIterationLikelihoodSigmaAndActiveSpikes() throws Exception {
        SpectralMatrix data = sample(13, 300, 2, 3, 0.2).data;
        List<String> messages = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void checkCanceled() {
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
                messages.add(message.get());
            }
        };
        new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(2).singleStart(3, 0).build()).fit(data, monitor);
        assertTrue(messages.get(0).matches("start 1/1, iteration 1, log-likelihood -?[0-9.e+-]+, sigma2 [0-9.e+-]+, active spikes [0-2]/2"),
                messages.get(0));
        assertEquals(4, messages.size());
    }

    @Test
    void cancellingStopsTheFitWithinAnIteration() {
        SpectralMatrix data = sample(14, 20000, 3, 5, 0.2).data;
        CancellingMonitor monitor = CancellingMonitor.afterChecks(5);
        SpikedMixtureFitter fitter = new SpikedMixtureFitter(
                SpikedMixtureOptions.builder().k(3).threads(2).schedule(SieveSchedule.SYNTHETIC).build());
        assertThrows(CanceledException.class, () -> fitter.fit(data, monitor));
        assertEquals(6, monitor.checks());
    }

    @Test
    void badInputGetsClearErrors() {
        SpikedMixtureFitter k3 = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(3).singleStart(5, 0).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> k3.fit(SpectralMatrix.of(new double[][] {{1, 2}, {3, 1}}), ProgressMonitor.NONE));
        assertEquals("The 'k' parameter must be <= the number of pixels N = 2. Got 3 instead.", e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> k3.fit(SpectralMatrix.of(new double[][] {{1}, {2}, {3}, {4}}), ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith("The data must have at least 2 features"), e.getMessage());

        double[][] rows = sample(15, 50, 2, 4, 0.1).data.toDoubleRows();
        rows[17][2] = Double.POSITIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> k3.fit(SpectralMatrix.of(rows), ProgressMonitor.NONE));
        assertEquals("The data must be finite, but row 17, column 2 is Infinity.", e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> k3.fit(SpectralMatrix.allocate(10, 4), ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith("All values of the data are zero"), e.getMessage());

        // duplicates and multiples of row 0 and zero rows do not count as distinct starting spikes
        double[][] fewDistinct = {{1, 2, 3}, {1, 2, 3}, {2, 4, 6}, {0, 0, 0}, {-1, -2, -3}, {0, 1, 0}};
        e = assertThrows(IllegalArgumentException.class, () -> k3.fit(SpectralMatrix.of(fewDistinct), ProgressMonitor.NONE));
        assertEquals("The 'k' parameter must be <= the number of distinct non-zero pixels (pixels that are not multiples "
                + "of one another), which is 2 here. Got 3 instead.", e.getMessage());
    }

    @Test
    void duplicatePixelsAndConstantColumnsAreFittedNormally() throws Exception {
        double[][] rows = sample(16, 400, 2, 4, 0.1).data.toDoubleRows();
        double[][] withDuplicates = new double[800][];
        for (int i = 0; i < 800; i++) {
            withDuplicates[i] = rows[i % 400].clone();
            withDuplicates[i][3] = 5.0;
        }
        SpikedMixtureModel m = fit(SpectralMatrix.of(withDuplicates), SpikedMixtureOptions.builder().k(3).singleStart(50, 1e-8));
        assertTrue(Double.isFinite(m.logLikelihood()));
        assertTrue(m.sigma2() > 0);
        for (double[] x : m.spikes()) {
            for (double v : x) {
                assertTrue(Double.isFinite(v));
            }
        }
        double[] trace = m.logLikelihoodTrace();
        for (int t = 1; t < trace.length; t++) {
            assertTrue(trace[t] >= trace[t - 1] - 1e-10 * Math.abs(trace[t - 1]), "iteration " + t);
        }
    }

    @Test
    void optionsAreValidatedWithParameterNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpikedMixtureOptions.builder().k(0));
        assertEquals("The 'k' parameter must be >= 1. Got 0 instead.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SpikedMixtureOptions.builder().delta(-1));
        assertEquals("The 'delta' parameter must be a finite number >= 0. Got -1.0 instead.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SpikedMixtureOptions.builder().threads(0));
        assertEquals("The 'threads' parameter must be >= 1. Got 0 instead.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SieveSchedule.of(3, 1, 4, 1, 0));
        assertEquals("The 'n2' parameter must be <= n1 = 3. Got 4 instead.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SpikedMixtureOptions.builder().build());
        assertEquals("The 'k' parameter must be set to a value >= 1.", e.getMessage());
        assertEquals(SieveSchedule.IMS, SieveSchedule.preset("IMS"));
        assertEquals(60, SieveSchedule.IMS.d2());
        assertEquals(1e-8, SieveSchedule.SYNTHETIC.tol());
        assertEquals(120, SieveSchedule.HSI.d2());
    }

    @Test
    void lemmaIV1ThresholdChangesTheFitOnlySlightly() throws Exception {
        SmmSampler s = sample(17, 4000, 3, 10, 0.3);
        SpikedMixtureOptions.Builder b = SpikedMixtureOptions.builder().k(3).seed(5).singleStart(30, 0)
                .eigenMethod(EigenMethod.ITERATIVE);
        SpikedMixtureModel exact = fit(s.data, b);
        SpikedMixtureModel sparse = fit(s.data, b.delta(1e-3));
        assertEquals(exact.logLikelihood(), sparse.logLikelihood(), 1e-6 * Math.abs(exact.logLikelihood()));
        assertEquals(exact.sigma2(), sparse.sigma2(), 1e-4 * exact.sigma2());
    }
}
