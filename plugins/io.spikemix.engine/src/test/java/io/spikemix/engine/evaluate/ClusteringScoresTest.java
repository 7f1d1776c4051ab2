package io.spikemix.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

    @Test
    void splittingOneClassInTwoGivesFourSeventhsAriAndNmiOfPointEight() {
        // scikit-learn docs: adjusted_rand_score([0,0,1,1], [0,0,1,2]) = 0.5714…; our reference labels start at 1.
        // By hand: contingency {class1: c0=2; class2: c1=1, c2=1}. index = C(2,2) = 1, Σ C(a,2) = 1 + 1 = 2,
        // Σ C(b,2) = 1, C(4,2) = 6, expected = 2·1/6 = 1/3, max = 3/2 → ARI = (2/3)/(7/6) = 4/7.
        // MI = ½ ln 2 + ¼ ln 2 + ¼ ln 2 = ln 2; H(U) = ln 2; H(V) = 1.5 ln 2 → NMI = ln 2 / (1.25 ln 2) = 0.8.
        ClusteringScores s = ClusteringScores.of(new int[] {1, 1, 2, 2}, new int[] {0, 0, 1, 2});
        assertEquals(4.0 / 7.0, s.adjustedRandIndex(), 1e-15);
        assertEquals(0.8, s.normalizedMutualInformation(), 1e-15);
        // Best matching: class1↔c0 (2 pixels), class2↔c1 or c2 (1 pixel) → 3/4.
        assertEquals(0.75, s.accuracy(), 0);
    }

    @Test
    void sixPointExampleMatchesHandComputation() {
        // scikit-learn user guide example: labels_true = [0,0,0,1,1,1], labels_pred = [0,0,1,1,2,2] → ARI 0.2424…
        // By hand: contingency {A: c0=2, c1=1; B: c1=1, c2=2}; index = 1 + 1 = 2; Σ C(a,2) = 3 + 3 = 6;
        // Σ C(b,2) = 1 + 1 + 1 = 3; C(6,2) = 15; expected = 18/15 = 1.2; max = 4.5 → ARI = 0.8/3.3 = 8/33.
        // MI = ⅓ ln 2 + 0 + 0 + ⅓ ln 2 = ⅔ ln 2; H(U) = ln 2; H(V) = ln 3 → NMI = (4/3) ln 2 / ln 6.
        ClusteringScores s = ClusteringScores.of(new int[] {1, 1, 1, 2, 2, 2}, new int[] {0, 0, 1, 1, 2, 2});
        assertEquals(8.0 / 33.0, s.adjustedRandIndex(), 1e-15);
        assertEquals(4.0 / 3.0 * Math.log(2) / Math.log(6), s.normalizedMutualInformation(), 1e-15);
        assertEquals(4.0 / 6.0, s.accuracy(), 1e-15);
        assertArrayEquals(new long[][] {{2, 1, 0}, {0, 1, 2}}, s.confusion().counts());
        assertArrayEquals(new int[] {1, -1, 2}, s.matchedReferenceLabels());
    }

    @Test
    void perfectAndPermutedLabelingsScoreOne() {
        int[] truth = {1, 1, 2, 2, 3, 3, 3, 1};
        int[] permuted = {7, 7, 0, 0, 4, 4, 4, 7};
        for (int[] predicted : new int[][] {{0, 0, 1, 1, 2, 2, 2, 0}, permuted}) {
            ClusteringScores s = ClusteringScores.of(truth, predicted);
            assertEquals(1.0, s.adjustedRandIndex(), 1e-15);
            assertEquals(1.0, s.normalizedMutualInformation(), 1e-15);
            assertEquals(1.0, s.accuracy(), 0);
        }
    }

    @Test
    void agreesWithPairCountingDefinitionsOnRandomLabelings() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + random.nextInt(60);
            int[] truth = random.ints(n, 1, 2 + random.nextInt(4)).toArray();
            int[] predicted = random.ints(n, 0, 1 + random.nextInt(5)).toArray();
            ClusteringScores s = ClusteringScores.of(truth, predicted);
            assertEquals(pairCountingAri(truth, predicted), s.adjustedRandIndex(), 1e-12, "trial " + trial);
            assertEquals(entropyNmi(truth, predicted), s.normalizedMutualInformation(), 1e-12, "trial " + trial);
            assertEquals(bruteForceAccuracy(truth, predicted), s.accuracy(), 1e-12, "trial " + trial);
        }
    }

    @Test
    void excludesAndCountsUnlabelledAndMaskedPixels() {
        int[] truth = {1, 1, 0, 2, 2, -3, 1, 2};
        int[] predicted = {5, 5, 5, 6, -1, -1, 5, 6};
        ClusteringScores s = ClusteringScores.of(truth, predicted);
        assertEquals(2, s.unlabelledCount());
        assertEquals(1, s.maskedCount());
        assertEquals(5, s.scoredCount());
        assertEquals(1.0, s.adjustedRandIndex(), 1e-15);
        assertArrayEquals(new int[] {1, 2}, s.confusion().rowLabels());
        assertArrayEquals(new int[] {5, 6}, s.confusion().columnLabels());
    }

    @Test
    void singleClusterEverywhereScoresOneAndSingletonsAgainstOneClassScoreZeroAri() {
        ClusteringScores same = ClusteringScores.of(new int[] {1, 1, 1}, new int[] {0, 0, 0});
        assertEquals(1.0, same.adjustedRandIndex(), 0);
        assertEquals(1.0, same.normalizedMutualInformation(), 0);
        ClusteringScores singletons = ClusteringScores.of(new int[] {1, 1, 1, 1}, new int[] {0, 1, 2, 3});
        assertEquals(0.0, singletons.adjustedRandIndex(), 1e-15);
        assertEquals(0.0, singletons.normalizedMutualInformation(), 1e-15);
        assertEquals(0.25, singletons.accuracy(), 0);
    }

    @Test
    void rejectsDifferentLengthsAndAllExcludedInput() {
        assertThrows(IllegalArgumentException.class, () -> ClusteringScores.of(new int[2], new int[3]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClusteringScores.of(new int[] {0, 1}, new int[] {3, -1}));
        assertTrue(e.getMessage().contains("1 unlabelled, 1 masked"), e.getMessage());
    }

    /** ARI from the 2×2 pair confusion matrix, enumerating all n(n−1)/2 pairs explicitly. */
    private static double pairCountingAri(int[] a, int[] b) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                boolean sameA = a[i] == a[j];
                boolean sameB = b[i] == b[j];
                if (sameA && sameB) {
                    tp++;
                } else if (sameA) {
                    fn++;
                } else if (sameB) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        if (fn == 0 && fp == 0) {
            return 1.0;
        }
        return 2 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
    }

    /** NMI = (H(U) + H(V) − H(U,V)) / ((H(U) + H(V)) / 2), from joint and marginal entropies. */
    private static double entropyNmi(int[] a, int[] b) {
        java.util.Map<Long, Integer> joint = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> ma = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> mb = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            joint.merge(((long) a[i] << 32) | b[i], 1, Integer::sum);
            ma.merge(a[i], 1, Integer::sum);
            mb.merge(b[i], 1, Integer::sum);
        }
        if (ma.size() == 1 && mb.size() == 1) {
            return 1.0;
        }
        double ha = h(ma.values(), a.length);
        double hb = h(mb.values(), a.length);
        double hab = h(joint.values(), a.length);
        return Math.max(0, ha + hb - hab) / ((ha + hb) / 2);
    }

    private static double h(java.util.Collection<Integer> counts, int n) {
        double s = 0;
        for (int c : counts) {
            s -= (double) c / n * Math.log((double) c / n);
        }
        return s;
    }

    /** Accuracy maximised over all injective maps from clusters to classes (or classes to clusters). */
    private static double bruteForceAccuracy(int[] truth, int[] predicted) {
        int[] classes = java.util.Arrays.stream(truth).distinct().sorted().toArray();
        int[] clusters = java.util.Arrays.stream(predicted).distinct().sorted().toArray();
        long[][] c = new long[classes.length][clusters.length];
        for (int i = 0; i < truth.length; i++) {
            c[java.util.Arrays.binarySearch(classes, truth[i])][java.util.Arrays.binarySearch(clusters,
                    predicted[i])]++;
        }
        return bestSum(c, 0, new boolean[clusters.length], classes.length <= clusters.length) / truth.length;
    }

    private static double bestSum(long[][] c, int row, boolean[] used, boolean rowsSmaller) {
        if (!rowsSmaller) {
            long[][] t = new long[c[0].length][c.length];
            for (int i = 0; i < c.length; i++) {
                for (int j = 0; j < c[0].length; j++) {
                    t[j][i] = c[i][j];
                }
            }
            return bestSum(t, 0, new boolean[c.length], true);
        }
        if (row == c.length) {
            return 0;
        }
        double best = 0;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.max(best, c[row][j] + bestSum(c, row + 1, used, true));
                used[j] = false;
            }
        }
        return best;
    }
}
