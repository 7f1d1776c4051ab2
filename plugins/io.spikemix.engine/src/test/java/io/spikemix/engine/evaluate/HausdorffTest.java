package io.spikemix.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class HausdorffTest {

    @Test
    void handComputedSquaredEuclideanCase() {
        double[][] x = {{1, 0}, {0, 1}};
        double[][] xHat = {{-1, 0.5}, {0, 3}, {2, 0}};
        // min over ± per pair: (1,0)–(−1,0.5): min(4.25, 0.25) = 0.25; (1,0)–(0,3): 10; (1,0)–(2,0): 1
        //                      (0,1)–(−1,0.5): min(1.25, 3.25) = 1.25; (0,1)–(0,3): 4; (0,1)–(2,0): 5
        // X → X̂: max(0.25, 1.25) = 1.25;  X̂ → X: max(0.25, 4, 1) = 4;  Hausdorff = 4.
        assertEquals(1.25, Hausdorff.directed(x, xHat, SpikeDistance.SQUARED_EUCLIDEAN), 1e-15);
        assertEquals(4.0, Hausdorff.directed(xHat, x, SpikeDistance.SQUARED_EUCLIDEAN), 1e-15);
        assertEquals(4.0, Hausdorff.distance(x, xHat, SpikeDistance.SQUARED_EUCLIDEAN), 1e-15);
    }

    @Test
    void handComputedAbsCosineCase() {
        double[][] x = {{1, 0}, {0, 1}};
        double[][] xHat = {{1, 1}};
        // both reference spikes are at 1 − 1/√2 from (1, 1); the single estimate is at that distance from both.
        assertEquals(1 - 1 / Math.sqrt(2), Hausdorff.distance(x, xHat, SpikeDistance.ABS_COSINE), 1e-15);
    }

    @Test
    void isSymmetricAndInvariantToOrderAndSignOfSpikes() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 50; trial++) {
            double[][] x = randomSet(random, 1 + random.nextInt(5), 4);
            double[][] xHat = randomSet(random, 1 + random.nextInt(5), 4);
            double[][] shuffledFlipped = xHat.clone();
            for (int i = shuffledFlipped.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double[] t = shuffledFlipped[i];
                shuffledFlipped[i] = shuffledFlipped[j];
                shuffledFlipped[j] = t;
            }
            for (int i = 0; i < shuffledFlipped.length; i++) {
                if (random.nextBoolean()) {
                    shuffledFlipped[i] = java.util.Arrays.stream(shuffledFlipped[i]).map(v -> -v).toArray();
                }
            }
            for (SpikeDistance d : SpikeDistance.values()) {
                double h = Hausdorff.distance(x, xHat, d);
                assertEquals(h, Hausdorff.distance(xHat, x, d), 0);
                assertEquals(h, Hausdorff.distance(x, shuffledFlipped, d), 1e-12);
                assertEquals(bruteForce(x, xHat, d), h, 1e-12);
            }
        }
    }

    @Test
    void aSetIsAtDistanceZeroFromItsSignFlippedPermutation() {
        double[][] x = {{1, 2, 3}, {-1, 0, 4}, {0.5, 0.5, 0}};
        double[][] y = {{1, 0, -4}, {-0.5, -0.5, 0}, {1, 2, 3}};
        for (SpikeDistance d : SpikeDistance.values()) {
            assertEquals(0.0, Hausdorff.distance(x, y, d), 1e-15);
        }
    }

    @Test
    void emptySetsAreAtZeroFromEachOtherAndInfinitelyFarFromNonEmptySets() {
        double[][] empty = new double[0][];
        double[][] one = {{1, 2}};
        assertEquals(0.0, Hausdorff.distance(empty, new double[0][], SpikeDistance.ABS_COSINE), 0);
        assertEquals(Double.POSITIVE_INFINITY, Hausdorff.distance(empty, one, SpikeDistance.ABS_COSINE), 0);
        assertEquals(Double.POSITIVE_INFINITY, Hausdorff.distance(one, empty, SpikeDistance.SQUARED_EUCLIDEAN), 0);
    }

    @Test
    void rejectsSpikesOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> Hausdorff.distance(new double[][] {{1, 2}}, new double[][] {{1, 2, 3}},
                        SpikeDistance.ABS_COSINE));
    }

    /** Definition of method.md §5 written out with explicit ± enumeration and cosine formula. */
    private static double bruteForce(double[][] x, double[][] y, SpikeDistance d) {
        double[][] dist = new double[x.length][y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                dist[i][j] = reference(x[i], y[j], d);
            }
        }
        double forward = 0;
        for (int i = 0; i < x.length; i++) {
            double m = Double.POSITIVE_INFINITY;
            for (int j = 0; j < y.length; j++) {
                m = Math.min(m, dist[i][j]);
            }
            forward = Math.max(forward, m);
        }
        double backward = 0;
        for (int j = 0; j < y.length; j++) {
            double m = Double.POSITIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                m = Math.min(m, dist[i][j]);
            }
            backward = Math.max(backward, m);
        }
        return Math.max(forward, backward);
    }

    private static double reference(double[] a, double[] b, SpikeDistance d) {
        if (d == SpikeDistance.SQUARED_EUCLIDEAN) {
            double best = Double.POSITIVE_INFINITY;
            for (int sign : new int[] {1, -1}) {
                double s = 0;
                for (int f = 0; f < a.length; f++) {
                    s += (a[f] - sign * b[f]) * (a[f] - sign * b[f]);
                }
                best = Math.min(best, s);
            }
            return best;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int f = 0; f < a.length; f++) {
            dot += a[f] * b[f];
            na += a[f] * a[f];
            nb += b[f] * b[f];
        }
        return Math.max(0, 1 - Math.min(1, Math.abs(dot) / (Math.sqrt(na) * Math.sqrt(nb))));
    }

    private static double[][] randomSet(SplittableRandom random, int k, int d) {
        double[][] set = new double[k][];
        for (int i = 0; i < k; i++) {
            set[i] = random.doubles(d, -1, 1).toArray();
        }
        return set;
    }
}
