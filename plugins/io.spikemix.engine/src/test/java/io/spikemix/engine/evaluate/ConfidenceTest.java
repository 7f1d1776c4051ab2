package io.spikemix.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;

/** The confidence of a pixel's label in closed forms: certain, undecided, and in between. */
class ConfidenceTest {

    /** Three pixels, K = 4: certain, undecided, and (0.5, 0.5, 0, 0). */
    private static final double[] RESP = {0, 1, 0, 0, 0.25, 0.25, 0.25, 0.25, 0.5, 0.5, 0, 0};

    @Test
    void theLargestResponsibilityGoesFromOneOverKToOne() {
        assertArrayEquals(new double[] {1, 0.25, 0.5}, Confidence.largest(RESP, 4));
    }

    @Test
    void theNormalisedEntropyIsZeroWhenCertainOneWhenUndecidedAndLnTwoOverLnKForTwoEqualChoices() {
        double[] h = Confidence.entropy(RESP, 4);
        assertEquals(0, h[0], 0);
        assertEquals(1, h[1], 1e-15);
        assertEquals(Math.log(2) / Math.log(4), h[2], 1e-15);
        assertArrayEquals(new double[] {0, 0}, Confidence.entropy(new double[] {1, 1}, 1), "one component: certain");
    }

    @Test
    void aResponsibilityMatrixIsReadRowByRow() {
        SpectralMatrix m = SpectralMatrix.of(new double[][] { {0.25, 0.75}, {1, 0} });
        assertArrayEquals(new double[] {0.25, 0.75, 1, 0}, Confidence.rowMajor(m));
        assertEquals(0.875, Confidence.mean(Confidence.largest(Confidence.rowMajor(m), 2)), 0);
    }
}
