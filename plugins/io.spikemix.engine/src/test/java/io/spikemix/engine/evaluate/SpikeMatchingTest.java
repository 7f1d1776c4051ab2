package io.spikemix.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SpikeMatchingTest {

    @Test
    void recoversAShuffledSignFlippedCopyWithZeroDistancesAndTheFlips() {
        double[][] reference = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
        double[][] estimated = {{0, 0, -3}, {1, 0, 0}, {0, -2, 0}};
        SpikeMatching m = SpikeMatching.match(reference, estimated, SpikeDistance.SQUARED_EUCLIDEAN);
        List<SpikeMatching.Pair> pairs = m.pairs();
        assertEquals(3, pairs.size());
        assertEquals(new SpikeMatching.Pair(0, 1, 0.0, 1), pairs.get(0));
        assertEquals(new SpikeMatching.Pair(1, 2, 0.0, -1), pairs.get(1));
        assertEquals(new SpikeMatching.Pair(2, 0, 0.0, -1), pairs.get(2));
        assertEquals(0, m.unmatchedEstimated().length);
    }

    @Test
    void prefersTheGloballyBestMatchingOverGreedyNearestNeighbours() {
        double[][] crossed = {{0, 0}, {10, 0}};
        double[][] crossedEst = {{1, 0}, {20, 0}};
        // r0–e0: 1; r0–e1: 400; r1–e0: min(81, 121) = 81; r1–e1: min(100, 900) = 100.
        // The two matchings cost 1 + 100 = 101 and 400 + 81 = 481.
        assertEquals(101.0, SpikeMatching.match(crossed, crossedEst, SpikeDistance.SQUARED_EUCLIDEAN)
                .totalDistance(), 1e-12);
        double[][] trap = {{1, 0}, {2, 0}};
        double[][] trapEst = {{1.6, 0}, {5, 0}};
        // r0–e0: 0.36; r0–e1: 16; r1–e0: 0.16; r1–e1: 9. Greedy by smallest entry takes r1–e0 (0.16), then r0–e1
        // (16): 16.16. Optimum r0–e0 + r1–e1 = 9.36.
        SpikeMatching t = SpikeMatching.match(trap, trapEst, SpikeDistance.SQUARED_EUCLIDEAN);
        assertEquals(9.36, t.totalDistance(), 1e-12);
        assertEquals(0, t.pairs().get(0).estimatedIndex());
    }

    @Test
    void listsUnmatchedSpikesWhenTheSetsDifferInSize() {
        double[][] reference = {{1, 0}, {0, 1}};
        double[][] estimated = {{0, 1.1}, {5, 5}, {0.9, 0}};
        SpikeMatching m = SpikeMatching.match(reference, estimated, SpikeDistance.ABS_COSINE);
        assertEquals(2, m.pairs().size());
        assertArrayEquals(new int[] {1}, m.unmatchedEstimated());
        assertArrayEquals(new int[0], m.unmatchedReference());
        SpikeMatching reverse = SpikeMatching.match(estimated, reference, SpikeDistance.ABS_COSINE);
        assertArrayEquals(new int[] {1}, reverse.unmatchedReference());
    }

    @Test
    void totalDistanceIsTheMinimumOverAllMatchings() {
        SplittableRandom random = new SplittableRandom(99);
        for (int trial = 0; trial < 40; trial++) {
            int k = 1 + random.nextInt(5);
            double[][] ref = new double[k][];
            double[][] est = new double[k][];
            for (int i = 0; i < k; i++) {
                ref[i] = random.doubles(3, -1, 1).toArray();
                est[i] = random.doubles(3, -1, 1).toArray();
            }
            for (SpikeDistance d : SpikeDistance.values()) {
                double best = minOverPermutations(ref, est, d, 0, new boolean[k]);
                assertEquals(best, SpikeMatching.match(ref, est, d).totalDistance(), 1e-12);
            }
        }
    }

    private static double minOverPermutations(double[][] r, double[][] e, SpikeDistance d, int i, boolean[] used) {
        if (i == r.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < e.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, d.between(r[i], e[j]) + minOverPermutations(r, e, d, i + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
