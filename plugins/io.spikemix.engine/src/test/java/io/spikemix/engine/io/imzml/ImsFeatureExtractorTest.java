package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.progress.ProgressMonitor;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ImsFeatureExtractorTest {

    private static final double[] TRUE_PEAKS = {123.4, 150.0, 177.7};

    /** 40 pixels × 1000 m/z points 100.0 … 199.9 with three Gaussian peaks (σ = 0.1) over uniform noise. */
    private static SpectralCube synthetic(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int d = 1000;
        double[] mz = new double[d];
        for (int j = 0; j < d; j++) {
            mz[j] = 100 + 0.1 * j;
        }
        SpectralMatrix m = SpectralMatrix.allocate(40, d);
        for (int r = 0; r < 40; r++) {
            double scale = 0.5 + rnd.nextDouble();
            for (int j = 0; j < d; j++) {
                double v = rnd.nextDouble();
                for (int k = 0; k < TRUE_PEAKS.length; k++) {
                    double z = (mz[j] - TRUE_PEAKS[k]) / 0.1;
                    v += (50 + 30 * k) * Math.exp(-0.5 * z * z);
                }
                m.set(r, j, (float) (scale * v));
            }
        }
        return SpectralCube.full(8, 5, m, BandAxis.of(mz, "m/z"));
    }

    @Test
    void madNoiseMatchesTheClosedFormOnASmallExample() {
        // median 3, absolute deviations {2, 1, 0, 1, 97} with median 1
        assertEquals(1.4826, ImsFeatureExtractor.noiseSigma(new double[] {1, 2, 3, 4, 100}), 1e-12);
        assertEquals(2.5, ImsFeatureExtractor.median(new double[] {4, 1, 3, 2}), 0);
    }

    @Test
    void snrPickingFindsExactlyTheTruePeaks() throws Exception {
        SpectralCube cube = synthetic(1);
        double[] mean = ImsFeatureExtractor.meanSpectrum(cube, ProgressMonitor.NONE);
        int[] peaks = ImsFeatureExtractor.pickPeaks(mean, cube.bands(), PeakPickingOptions.builder().minSnr(10)
                .tolerance(MzTolerance.da(0.35)).build());
        assertEquals(3, peaks.length);
        for (int k = 0; k < 3; k++) {
            assertEquals(TRUE_PEAKS[k], cube.bands().value(peaks[k]), 0.1 + 1e-9);
        }
        int[] top2 = ImsFeatureExtractor.pickPeaks(mean, cube.bands(), PeakPickingOptions.builder().topN(2)
                .tolerance(MzTolerance.da(0.35)).build());
        assertArrayEquals(new int[] {peaks[1], peaks[2]}, top2, "the two highest peaks are the later ones");
        int[] byIntensity = ImsFeatureExtractor.pickPeaks(mean, cube.bands(), PeakPickingOptions.builder()
                .minIntensity(65).tolerance(MzTolerance.da(0.35)).build());
        assertArrayEquals(new int[] {peaks[1], peaks[2]}, byIntensity);
    }

    @Test
    void featuresAreTheSumsWithinTheToleranceComputedByBruteForce() throws Exception {
        SpectralCube cube = synthetic(2);
        MzTolerance tol = MzTolerance.da(0.25);
        SpectralCube f = ImsFeatureExtractor.extract(cube, PeakPickingOptions.builder().minSnr(10).tolerance(tol)
                .build(), ProgressMonitor.NONE);
        assertEquals(3, f.bandCount());
        for (int r = 0; r < cube.validCount(); r++) {
            for (int k = 0; k < 3; k++) {
                double c = f.bands().value(k);
                double want = 0;
                for (int j = 0; j < cube.bandCount(); j++) {
                    if (Math.abs(cube.bands().value(j) - c) <= 0.25) {
                        want += cube.spectra().get(r, j);
                    }
                }
                assertEquals(want, f.spectra().get(r, k), 1e-3 * Math.abs(want));
            }
        }
    }

    @Test
    void ticNormalisationMakesEverySpectrumSumToOneAndLeavesTheInputAlone() throws Exception {
        SpectralCube cube = synthetic(3);
        float before = cube.spectra().get(0, 0);
        SpectralCube n = ImsFeatureExtractor.ticNormalised(cube, ProgressMonitor.NONE);
        for (int r = 0; r < n.validCount(); r++) {
            double s = 0;
            for (int j = 0; j < n.bandCount(); j++) {
                s += n.spectra().get(r, j);
            }
            assertEquals(1, s, 1e-4);
        }
        assertEquals(before, cube.spectra().get(0, 0));
        SpectralCube f = ImsFeatureExtractor.extract(cube, PeakPickingOptions.builder().ticNormalise(true).minSnr(10)
                .tolerance(MzTolerance.da(0.25)).build(), ProgressMonitor.NONE);
        assertEquals(3, f.bandCount());
    }

    @Test
    void flatSpectrumHasNoPeaksAndSaysSo() {
        SpectralMatrix m = SpectralMatrix.of(new float[][] {{1, 1, 1, 1}});
        SpectralCube flat = SpectralCube.full(1, 1, m, BandAxis.of(new double[] {1, 2, 3, 4}, "m/z"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImsFeatureExtractor
                .extract(flat, PeakPickingOptions.builder().build(), ProgressMonitor.NONE));
        assertEquals(true, e.getMessage().contains("No peak"));
    }
}
