package io.spikemix.engine.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The knee (method.md eq. 44) of curves whose knee is known by construction. */
class KneeTest {

    private static final double[] K = { 1, 2, 3, 4, 5, 6, 7, 8 };

    @Test
    void aRisingCurveThatTurnsFlatAtFourHasItsKneeAtFour() {
        double[] y = new double[K.length];
        for (int i = 0; i < K.length; i++) {
            y[i] = 100 * Math.min(K[i], 4) + K[i]; // steep up to K = 4, then a slope of 1
        }
        assertEquals(3, Knee.ofRising(K, y));
    }

    @Test
    void aFallingCurveThatTurnsFlatAtThreeHasItsKneeAtThree() {
        double[] y = new double[K.length];
        for (int i = 0; i < K.length; i++) {
            y[i] = 1000.0 / Math.min(K[i], 3) - K[i];
        }
        assertEquals(2, Knee.ofFalling(K, y));
    }

    @Test
    void straightConvexFallingAndShortCurvesHaveNoKnee() {
        assertEquals(-1, Knee.ofRising(K, K.clone()), "straight line");
        double[] convex = new double[K.length];
        for (int i = 0; i < K.length; i++) {
            convex[i] = K[i] * K[i];
        }
        assertEquals(-1, Knee.ofRising(K, convex), "convex: below the chord everywhere");
        assertEquals(-1, Knee.ofRising(K, new double[] { 8, 7, 6, 5, 4, 3, 2, 1 }), "falling");
        assertEquals(-1, Knee.ofRising(new double[] { 1, 2 }, new double[] { 0, 1 }), "two samples");
    }

    @Test
    void missingValuesAreSkipped() {
        double[] y = { Double.NaN, 0, 90, 100, Double.NaN, 102, 103, 104 };
        assertEquals(2, Knee.ofRising(K, y));
    }
}
