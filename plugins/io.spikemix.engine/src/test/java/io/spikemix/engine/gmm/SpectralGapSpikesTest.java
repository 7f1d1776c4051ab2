package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class SpectralGapSpikesTest {

    private static DMatrixRMaj spikePlusNoise(double[] x, double sigma2) {
        int d = x.length;
        DMatrixRMaj m = new DMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m.set(i, j, x[i] * x[j] + (i == j ? sigma2 : 0));
            }
        }
        return m;
    }

    /**
     * Issue 17 item 10: k-means with K = N gives one pixel per cluster, so every second moment is y yᵀ and
     * tr − λ₁ is zero up to rounding, which came out as σ² = −2.96e-17. Reported quantities stay within their
     * bounds: σ² ≥ 0, λ₁ ≥ 0, and the spikes are finite.
     */
    @Test
    void rankOneMatricesGiveANonNegativeNoiseVarianceAndFiniteSpikes() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int trial = 0; trial < 200; trial++) {
            int d = 2 + rng.nextInt(30);
            List<DMatrixRMaj> covs = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                double[] y = new double[d];
                for (int j = 0; j < d; j++) {
                    y[j] = rng.nextDouble() * 10 - 5;
                }
                covs.add(spikePlusNoise(y, 0));
            }
            SpectralGapSpikes s = SpectralGapSpikes.of(covs);
            assertTrue(s.sigma2() >= 0, "trial " + trial + ": sigma2 = " + s.sigma2());
            for (int c = 0; c < 3; c++) {
                assertTrue(s.leadingEigenvalues()[c] >= 0);
                for (double v : s.spikes()[c]) {
                    assertTrue(Double.isFinite(v));
                }
            }
        }
    }

    @Test
    void recoversSpikesAndNoiseExactlyFromRankOnePlusIsotropicCovariances() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int d = 2 + rng.nextInt(8);
            int k = 1 + rng.nextInt(5);
            double sigma2 = 0.01 + rng.nextDouble() * 3;
            double[][] x = new double[k][d];
            List<DMatrixRMaj> covs = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    x[c][j] = 3 * SpikedMixtureSamples.gaussian(rng);
                }
                covs.add(spikePlusNoise(x[c], sigma2));
            }
            SpectralGapSpikes s = SpectralGapSpikes.of(covs);
            // tr(x xᵀ + σ²I) − λ₁ = (d−1)σ² for every component, so eq. 20 gives σ² exactly
            assertEquals(sigma2, s.sigma2(), 1e-10 * (1 + sigma2));
            assertTrue(s.conditionHolds());
            double[][] xh = s.spikes();
            for (int c = 0; c < k; c++) {
                double norm2 = 0;
                for (double v : x[c]) {
                    norm2 += v * v;
                }
                assertEquals(norm2 + sigma2, s.leadingEigenvalues()[c], 1e-9 * (1 + norm2));
                assertEquals(0, SpikedMixtureSamples.sqeDistance(x[c], xh[c]), 1e-16 + 1e-12 * norm2,
                        "component " + c + " of trial " + trial);
            }
        }
    }

    @Test
    void signOfEachSpikePutsItsLargestEntryPositive() {
        SpectralGapSpikes s = SpectralGapSpikes.of(List.of(spikePlusNoise(new double[] {0.5, -2, 1}, 0.1)));
        assertArrayEquals(new double[] {-0.5, 2, -1}, s.spikes()[0], 1e-9);
    }

    @Test
    void componentBelowTheSharedNoiseLevelViolatesTheGapConditionAndGetsAZeroSpike() {
        // (tr − λ₁)/(d − 1): Σ_0 = diag(7, 1, 1) → 1, Σ_1 = 2·I → 2, Σ_2 = 1.2·I → 1.2; σ² = (1 + 2 + 1.2)/3 = 1.4.
        // λ₁ = 7, 2, 1.2: component 2 violates eq. 19; ‖x_0‖² = 5.6 along e₀, ‖x_1‖² = 0.6
        DMatrixRMaj s0 = new DMatrixRMaj(new double[][] {{7, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        DMatrixRMaj s1 = new DMatrixRMaj(new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}});
        DMatrixRMaj s2 = new DMatrixRMaj(new double[][] {{1.2, 0, 0}, {0, 1.2, 0}, {0, 0, 1.2}});
        SpectralGapSpikes s = SpectralGapSpikes.of(List.of(s0, s1, s2));
        assertEquals(1.4, s.sigma2(), 1e-12);
        assertFalse(s.conditionHolds());
        assertArrayEquals(new int[] {2}, s.violatingComponents());
        assertArrayEquals(new double[] {Math.sqrt(5.6), 0, 0}, s.spikes()[0], 1e-12);
        double norm1 = 0;
        for (double v : s.spikes()[1]) {
            norm1 += v * v;
        }
        assertEquals(0.6, norm1, 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, s.spikes()[2], 0);
    }

    @Test
    void rejectsMatricesThatAreNotPositiveSemiDefinite() {
        DMatrixRMaj bad = new DMatrixRMaj(new double[][] {{1, 2}, {2, 1}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralGapSpikes.of(List.of(spikePlusNoise(new double[] {1, 1}, 1), bad)));
        assertTrue(e.getMessage().contains("Covariance 1 is not positive semi-definite"), e.getMessage());
    }

    @Test
    void rejectsAsymmetricNonFiniteMismatchedAndOneDimensionalInput() {
        assertThrows(IllegalArgumentException.class,
                () -> SpectralGapSpikes.of(List.of(new DMatrixRMaj(new double[][] {{1, 0.5}, {0, 1}}))));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> SpectralGapSpikes.of(List.of(new DMatrixRMaj(new double[][] {{1, 0}, {0, Double.NaN}}))));
        assertTrue(nan.getMessage().contains("row 1, column 1"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpectralGapSpikes.of(List.of(
                new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}}), new DMatrixRMaj(3, 3))));
        IllegalArgumentException oneD = assertThrows(IllegalArgumentException.class,
                () -> SpectralGapSpikes.of(List.of(new DMatrixRMaj(new double[][] {{2}}))));
        assertTrue(oneD.getMessage().contains("d >= 2"), oneD.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpectralGapSpikes.of(List.of()));
    }
}
