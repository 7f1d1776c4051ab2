package io.spikemix.engine.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/** The K scan on data with known K, its agreement with single fits, determinism, and the inputs it refuses. */
class KScanTest {

    private static final SieveSchedule QUICK = SieveSchedule.of(4, 10, 2, 300, 1e-7);

    static KScanOptions options(KRange range, List<ScanMethod> methods, SieveSchedule schedule, long seed, int threads) {
        return new KScanOptions(range, methods,
                SpikedMixtureOptions.builder().k(1).schedule(schedule).seed(seed).threads(threads).build(),
                GaussianMixtureOptions.builder().k(1).seed(seed).threads(threads).build(),
                KMeansOptions.builder().k(1).seed(seed).threads(threads).build(), threads);
    }

    private static SpectralMatrix fig2(long seed) {
        return SpikedMixtureDraws.sample(1500, SpikedMixtureDraws.FIG2_SPIKES, SpikedMixtureDraws.FIG2_PI, 0.01,
                new SplittableRandom(500 + seed));
    }

    /** The paper's low-noise Fig. 2 setting (K = 3, d = 2, N = 1500, σ² = 0.01): BIC picks K = 3 for SMM and GMM. */
    @Test
    void bicRecoversThreeSpikesInThePapersLowNoiseSetting() throws Exception {
        for (long seed = 0; seed < 3; seed++) {
            List<ScanResult> r = new KScan(options(new KRange(1, 6), List.of(ScanMethod.SMM, ScanMethod.GMM),
                    QUICK, seed, 1)).scan(fig2(seed), ProgressMonitor.NONE);
            assertEquals(3, r.get(0).recommendedK(), "SMM, dataset " + seed + ": BIC " + java.util.Arrays.toString(r.get(0).bic()));
            assertEquals(3, r.get(1).recommendedK(), "GMM, dataset " + seed + ": BIC " + java.util.Arrays.toString(r.get(1).bic()));
        }
    }

    /**
     * A small demo-family phantom with 4 regions: SMM's BIC picks 4. (k-means is not asserted here: the phantom's
     * brightness varies 7-fold within a region, and k-means splits regions by brightness; see the K-scan benchmark.)
     */
    @Test
    void aFourRegionPhantomGetsFourFromSmmBic() throws Exception {
        SpikedPhantom p = SpikedPhantom.generate(new PhantomOptions(40, 40, 24, 4, 0.01, 5));
        ScanResult r = new KScan(options(new KRange(2, 7), List.of(ScanMethod.SMM), QUICK, 0, 1))
                .scan(p.cube().spectra(), ProgressMonitor.NONE).get(0);
        assertEquals(4, r.recommendedK(), "SMM BIC " + java.util.Arrays.toString(r.bic()));
        assertEquals("bic", r.criterion());
    }

    /** Four well-separated spherical clusters, the data k-means is made for: silhouette and inertia knee pick 4. */
    @Test
    void fourSphericalClustersGetFourFromKMeansSilhouetteAndInertiaKnee() throws Exception {
        SplittableRandom rng = new SplittableRandom(21);
        double[][] centres = { { 0, 0, 0 }, { 6, 0, 0 }, { 0, 6, 0 }, { 0, 0, 6 } };
        double[][] x = new double[800][3];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < 3; f++) {
                x[i][f] = centres[i % 4][f] + rng.nextGaussian();
            }
        }
        ScanResult r = new KScan(options(new KRange(2, 8), List.of(ScanMethod.KMEANS), QUICK, 0, 1))
                .scan(SpectralMatrix.of(x), ProgressMonitor.NONE).get(0);
        assertEquals(4, r.recommendedK(), "silhouette " + java.util.Arrays.toString(r.silhouette()));
        assertEquals(4, r.kneeK(), "inertia " + java.util.Arrays.toString(r.inertia()));
        assertEquals("silhouette", r.criterion());
        assertTrue(Double.isNaN(r.bic()[0]) && Double.isNaN(r.logLikelihood()[0]), "k-means has no likelihood");
    }

    /** Each K of the scan is the fit a single run at that K gives, scored by eqs. 40, 42 and 43 recomputed here. */
    @Test
    void eachEntryIsTheSingleFitAtThatKScoredByTheFormulas() throws Exception {
        SpectralMatrix data = fig2(9);
        KScanOptions o = options(new KRange(2, 4), List.of(ScanMethod.SMM), QUICK, 4, 1);
        ScanResult r = new KScan(o).scan(data, ProgressMonitor.NONE).get(0);
        SpikedMixtureModel direct = new SpikedMixtureFitter(o.smm().toBuilder().k(3).build()).fit(data, ProgressMonitor.NONE);
        assertEquals(direct.logLikelihood(), r.logLikelihood()[1], 0, "same fit, bit for bit");
        long p = 3 * 2 + 2 + 1;
        double bic = -2 * direct.logLikelihood() + p * Math.log(1500);
        assertEquals(bic, r.bic()[1], 1e-9 * Math.abs(bic));
        double en = 0;
        for (double[] row : direct.responsibilities(data)) {
            for (double rho : row) {
                en -= rho > 0 ? rho * Math.log(rho) : 0;
            }
        }
        assertEquals(bic + 2 * en, r.icl()[1], 1e-9 * Math.abs(bic));
        assertArrayEquals(new int[] { 2, 3, 4 }, r.k());
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        SpikedPhantom p = SpikedPhantom.generate(new PhantomOptions(30, 30, 12, 3, 0.01, 2));
        List<ScanMethod> all = List.of(ScanMethod.SMM, ScanMethod.GMM, ScanMethod.KMEANS);
        List<ScanResult> one = new KScan(options(new KRange(2, 4), all, QUICK, 1, 1)).scan(p.cube().spectra(),
                ProgressMonitor.NONE);
        List<ScanResult> two = new KScan(options(new KRange(2, 4), all, QUICK, 1, 2)).scan(p.cube().spectra(),
                ProgressMonitor.NONE);
        assertEquals(one, two);
    }

    @Test
    void aRangeBeyondThePixelsIsRefusedBeforeAnyWork() {
        SpectralMatrix data = fig2(0);
        AtomicInteger reports = new AtomicInteger();
        ProgressMonitor counting = new ProgressMonitor() {
            @Override
            public void checkCanceled() {
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
                reports.incrementAndGet();
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KScan(
                options(new KRange(2, 1501), List.of(ScanMethod.KMEANS), QUICK, 0, 1)).scan(data, counting));
        assertEquals("The K range 2:1501 goes beyond the number of pixels (1500); the largest K must be <= 1500.",
                e.getMessage());
        assertEquals(0, reports.get(), "no fit started");
    }

    @Test
    void cancelStopsTheScan() {
        AtomicInteger checks = new AtomicInteger();
        ProgressMonitor cancelling = new ProgressMonitor() {
            @Override
            public void checkCanceled() throws CanceledException {
                if (checks.incrementAndGet() > 20) {
                    throw new CanceledException();
                }
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
            }
        };
        assertThrows(CanceledException.class, () -> new KScan(options(new KRange(2, 8),
                List.of(ScanMethod.SMM, ScanMethod.KMEANS), QUICK, 0, 1)).scan(fig2(1), cancelling));
    }

    @Test
    void optionsRefuseNoMethodsRepeatsAndMissingOptions() {
        KRange r = new KRange(2, 3);
        assertEquals("The K scan needs at least one method (smm, gmm, kmeans).", assertThrows(
                IllegalArgumentException.class, () -> options(r, List.of(), QUICK, 0, 1)).getMessage());
        assertEquals("The K scan lists a method twice: [SMM, SMM].", assertThrows(IllegalArgumentException.class,
                () -> options(r, List.of(ScanMethod.SMM, ScanMethod.SMM), QUICK, 0, 1)).getMessage());
        assertEquals("The K scan of GMM needs its options.", assertThrows(IllegalArgumentException.class,
                () -> new KScanOptions(r, List.of(ScanMethod.GMM), null, null, null, 1)).getMessage());
    }

    @Test
    void theCostIsTheSumOfTheSingleFitsCosts() {
        KScanOptions o = options(new KRange(2, 5), List.of(ScanMethod.GMM), QUICK, 0, 2);
        double expected = 0;
        for (int k = 2; k <= 5; k++) {
            expected += CostModel.gmm(10_000, 50, k, o.gmm().toBuilder().k(k).build(), 2).seconds();
        }
        assertEquals(expected, new KScan(o).cost(10_000, 50).get(0).seconds(), 1e-9 * expected);
    }
}
