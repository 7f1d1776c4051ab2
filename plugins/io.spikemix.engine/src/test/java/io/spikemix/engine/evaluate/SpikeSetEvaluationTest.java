package io.spikemix.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpikeSetEvaluationTest {

    @Test
    void reportsHausdorffAndMatchingForBothDistances() {
        double[][] reference = {{2, 0}, {0, 1}};
        double[][] estimated = {{0, -1}, {1, 1}};
        SpikeSetEvaluation e = SpikeSetEvaluation.of(reference, estimated);
        // Squared Euclidean (min over ±): r0–e0: min(5, 5) = 5; r0–e1: min(2, 10) = 2; r1–e0: min(4, 0) = 0;
        // r1–e1: min(1, 5) = 1. Directed r→e: max(2, 0) = 2; e→r: max(0, 1) = 1 → Hausdorff 2.
        assertEquals(2.0, e.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN), 1e-15);
        // Matching: r0–e1 + r1–e0 = 2 + 0 = 2 beats r0–e0 + r1–e1 = 5 + 1 = 6.
        assertEquals(2.0, e.matching(SpikeDistance.SQUARED_EUCLIDEAN).totalDistance(), 1e-15);
        assertEquals(1, e.matching(SpikeDistance.SQUARED_EUCLIDEAN).pairs().get(0).estimatedIndex());
        // Abs cosine: r0–e0: 1; r0–e1: 1 − 1/√2; r1–e0: 0; r1–e1: 1 − 1/√2 → Hausdorff 1 − 1/√2.
        assertEquals(1 - 1 / Math.sqrt(2), e.hausdorff(SpikeDistance.ABS_COSINE), 1e-15);
        assertEquals(1 - 1 / Math.sqrt(2), e.matching(SpikeDistance.ABS_COSINE).totalDistance(), 1e-15);
    }
}
