package io.spikemix.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SpikeDistanceTest {

    @Test
    void squaredEuclideanTakesTheCloserOfPlusAndMinusEstimate() {
        // x = (1, 2), x̂ = (−1, −1): ‖x − x̂‖² = 4 + 9 = 13, ‖x + x̂‖² = 0 + 1 = 1.
        assertEquals(1.0, SpikeDistance.SQUARED_EUCLIDEAN.between(new double[] {1, 2}, new double[] {-1, -1}), 0);
        // x = (3, 0), x̂ = (1, 1): ‖x − x̂‖² = 4 + 1 = 5, ‖x + x̂‖² = 16 + 1 = 17.
        assertEquals(5.0, SpikeDistance.SQUARED_EUCLIDEAN.between(new double[] {3, 0}, new double[] {1, 1}), 0);
    }

    @Test
    void absCosineIsOneMinusAbsoluteCosine() {
        // x = (1, 0), x̂ = (−1, 1): |xᵀx̂| = 1, ‖x‖‖x̂‖ = √2, so 1 − 1/√2.
        assertEquals(1 - 1 / Math.sqrt(2),
                SpikeDistance.ABS_COSINE.between(new double[] {1, 0}, new double[] {-1, 1}), 1e-15);
        assertEquals(1.0, SpikeDistance.ABS_COSINE.between(new double[] {1, 0}, new double[] {0, 5}), 0);
        assertEquals(0.0, SpikeDistance.ABS_COSINE.between(new double[] {1, 2}, new double[] {-3, -6}), 1e-15);
    }

    @Test
    void absCosineOfZeroSpikesIsZeroForTwoAndOneForExactlyOne() {
        double[] zero = {0, 0, 0};
        assertEquals(0.0, SpikeDistance.ABS_COSINE.between(zero, zero.clone()), 0);
        assertEquals(1.0, SpikeDistance.ABS_COSINE.between(zero, new double[] {0, 1e-300, 0}), 0);
        assertEquals(1.0, SpikeDistance.ABS_COSINE.between(new double[] {2, 0, 0}, zero), 0);
        assertEquals(0.0, SpikeDistance.SQUARED_EUCLIDEAN.between(zero, zero.clone()), 0);
    }

    @Test
    void bothDistancesAreSymmetricSignInvariantAndInRange() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            double[] x = random.doubles(6, -2, 2).toArray();
            double[] y = random.doubles(6, -2, 2).toArray();
            double[] minusY = java.util.Arrays.stream(y).map(v -> -v).toArray();
            for (SpikeDistance d : SpikeDistance.values()) {
                double v = d.between(x, y);
                assertEquals(v, d.between(y, x), 1e-12);
                assertEquals(v, d.between(x, minusY), 1e-12);
                assertTrue(v >= 0);
            }
            double cos = SpikeDistance.ABS_COSINE.between(x, y);
            assertTrue(cos <= 1);
            double expanded = dot(x, x) + dot(y, y) - 2 * Math.abs(dot(x, y));
            assertEquals(expanded, SpikeDistance.SQUARED_EUCLIDEAN.between(x, y), 1e-12);
        }
    }

    @Test
    void absCosineIgnoresScaleEvenForTinyAndHugeSpikes() {
        double[] x = {3, -4, 0};
        double[] y = {1, 1, 1};
        double expected = SpikeDistance.ABS_COSINE.between(x, y);
        // 1 − |−1|/(5·√3)
        assertEquals(1 - 1 / (5 * Math.sqrt(3)), expected, 1e-15);
        for (double scale : new double[] {1e-200, 1e-160, 1e160, 1e200}) {
            double[] scaled = java.util.Arrays.stream(x).map(v -> v * scale).toArray();
            assertEquals(expected, SpikeDistance.ABS_COSINE.between(scaled, y), 1e-14, "scale " + scale);
        }
    }

    @Test
    void aDroppedZeroSpikeScoresItsSquaredNormAndTheMaximumCosineDistance() {
        double[] x = {1, 2, 2};
        double[] zero = new double[3];
        assertEquals(9.0, SpikeDistance.SQUARED_EUCLIDEAN.between(x, zero), 0);
        assertEquals(1.0, SpikeDistance.ABS_COSINE.between(x, zero), 0);
    }

    @Test
    void identicalSpikesAreAtDistanceZero() {
        double[] x = {0.3, -1.7, 2.2};
        for (SpikeDistance d : SpikeDistance.values()) {
            assertEquals(0.0, d.between(x, x.clone()), 1e-15);
        }
    }

    @Test
    void rejectsMismatchedLengthsAndNonFiniteValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpikeDistance.ABS_COSINE.between(new double[2], new double[3]));
        assertTrue(e.getMessage().contains("Got 2 and 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SpikeDistance.SQUARED_EUCLIDEAN.between(new double[] {Double.NaN}, new double[1]));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
