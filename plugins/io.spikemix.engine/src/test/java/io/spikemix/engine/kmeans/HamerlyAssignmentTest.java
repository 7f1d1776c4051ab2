package io.spikemix.engine.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

class HamerlyAssignmentTest {

    private static KMeansModel fit(SpectralMatrix y, KMeansOptions.Builder b, KMeansOptions.Algorithm algorithm)
            throws CanceledException {
        return new KMeansFitter(b.algorithm(algorithm).build()).fit(y, ProgressMonitor.NONE);
    }

    static void assertIdentical(KMeansModel lloyd, KMeansModel hamerly, String what) {
        assertArrayEquals(lloyd.labels(), hamerly.labels(), what + ": labels");
        for (int c = 0; c < lloyd.k(); c++) {
            assertArrayEquals(lloyd.centroids()[c], hamerly.centroids()[c], 0, what + ": centroid " + c);
        }
        assertEquals(lloyd.inertia(), hamerly.inertia(), 0, what + ": inertia");
        assertArrayEquals(lloyd.inertiaTrace(), hamerly.inertiaTrace(), 0, what + ": inertia trace");
        assertEquals(lloyd.iterations(), hamerly.iterations(), what + ": iterations");
        assertEquals(lloyd.relocatedClusters(), hamerly.relocatedClusters(), what + ": re-seeded clusters");
    }

    /** Overlapping Gaussian blobs: many pixels lie near the border between two clusters. */
    private static SpectralMatrix overlapping(int n, int d, int centres, double spread, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] c = new double[centres][d];
        for (double[] row : c) {
            for (int j = 0; j < d; j++) {
                row[j] = 3 * rng.nextDouble();
            }
        }
        return KMeansFitterTest.blobs(n, c, spread, seed + 1, d * 97);
    }

    private static double sq(SpectralMatrix y, int i, double[] c) {
        double s = 0;
        for (int j = 0; j < c.length; j++) {
            double e = y.get(i, j) - c[j];
            s += e * e;
        }
        return s;
    }

    @Test
    void hamerlyGivesExactlyLloydsResultsOnAwkwardSizesSeedsAndThreadCounts() throws Exception {
        int[][] shapes = {{2333, 7, 6}, {1025, 37, 9}, {130, 3, 4}, {4099, 13, 11}};
        for (int[] s : shapes) {
            for (long seed = 1; seed <= 3; seed++) {
                SpectralMatrix y = overlapping(s[0], s[1], 5, 1.0, seed * 31 + s[0]);
                for (int threads = 1; threads <= 2; threads++) {
                    for (double tol : new double[] {0, 1e-4}) {
                        KMeansOptions.Builder b = KMeansOptions.builder().k(s[2]).nInit(2).seed(seed).tol(tol)
                                .threads(threads);
                        String what = "N=" + s[0] + " d=" + s[1] + " K=" + s[2] + " seed " + seed + " threads "
                                + threads + " tol " + tol;
                        assertIdentical(fit(y, b, KMeansOptions.Algorithm.LLOYD),
                                fit(y, b, KMeansOptions.Algorithm.HAMERLY), what);
                    }
                }
            }
        }
    }

    @Test
    void exactTiesGoToTheLowestCentroidAsInLloyd() throws Exception {
        // small integers: many duplicate pixels, and many pixels exactly halfway between two centroids
        SplittableRandom rng = new SplittableRandom(5);
        SpectralMatrix y = SpectralMatrix.allocate(1500, 2);
        for (int i = 0; i < y.rows(); i++) {
            y.set(i, 0, rng.nextInt(4));
            y.set(i, 1, rng.nextInt(3));
        }
        double[][] init = {{0, 0}, {2, 0}, {1, 2}, {3, 2}, {1, 1}};
        for (int threads = 1; threads <= 2; threads++) {
            KMeansOptions.Builder b = KMeansOptions.builder().k(init.length).tol(0).threads(threads);
            KMeansModel lloyd = new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.LLOYD).build()).fitFrom(y, init,
                    ProgressMonitor.NONE);
            KMeansModel hamerly = new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.HAMERLY).build()).fitFrom(y,
                    init, ProgressMonitor.NONE);
            assertIdentical(lloyd, hamerly, "integer grid, threads " + threads);
        }
        // pixel (1, 0) is exactly 1 from centroids 0, 1 and 4, in a first (unbounded) and a second (bounded) pass
        SpectralMatrix tie = SpectralMatrix.of(new double[][] {{1, 0}, {0, 0}, {2, 0}, {1, 2}, {3, 2}});
        HamerlyAssignment h = new HamerlyAssignment(tie.rows(), tie.cols(), KMeansFitter.rowNorms(tie));
        int[] labels = new int[5];
        double[] dist = new double[5];
        for (int pass = 0; pass < 2; pass++) {
            h.startPass(init, pass == 0 ? null : init);
            h.assignRows(tie, 0, 5, labels, dist, new double[init.length * 2], new long[init.length]);
            assertArrayEquals(new int[] {0, 0, 1, 2, 3}, labels, "pass " + pass);
            assertEquals(1.0, dist[0], 0);
        }
    }

    @Test
    void anEmptiedClusterIsReseededIdenticallyAndTheBoundsStayValid() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            SpectralMatrix y = overlapping(3001, 5, 4, 0.8, seed);
            // centroid 3 is far from every pixel: the first assignment empties it and it is re-seeded
            double[][] init = new double[5][5];
            for (int c = 0; c < 3; c++) {
                y.getRow(c * 7, init[c]);
            }
            java.util.Arrays.fill(init[3], 500);
            java.util.Arrays.fill(init[4], -500);
            KMeansOptions.Builder b = KMeansOptions.builder().k(init.length).tol(0).threads(2);
            KMeansModel lloyd = new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.LLOYD).build()).fitFrom(y, init,
                    ProgressMonitor.NONE);
            KMeansModel hamerly = new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.HAMERLY).build()).fitFrom(y,
                    init, ProgressMonitor.NONE);
            assertTrue(lloyd.relocatedClusters() >= 2, "both far centroids are re-seeded");
            assertIdentical(lloyd, hamerly, "re-seeded, seed " + seed);
            // brute force: every label is the nearest of the returned centroids
            double[][] c = hamerly.centroids();
            for (int i = 0; i < y.rows(); i++) {
                double own = sq(y, i, c[hamerly.labels()[i]]);
                for (double[] other : c) {
                    assertTrue(own <= sq(y, i, other) + 1e-9);
                }
            }
        }
    }

    @Test
    void lowerBoundsNeverExceedTheDistanceToAnyOtherCentroidAndMostPixelsSkipTheRanking() throws Exception {
        SpectralMatrix y = overlapping(2000, 6, 4, 0.7, 11);
        int n = y.rows();
        int k = 4;
        double[][] centroids = new double[k][6];
        for (int c = 0; c < k; c++) {
            y.getRow(100 * c, centroids[c]);
        }
        HamerlyAssignment h = new HamerlyAssignment(y.rows(), y.cols(), KMeansFitter.rowNorms(y));
        int[] labels = new int[n];
        double[] dist = new double[n];
        SplittableRandom rng = new SplittableRandom(2);
        double[][] previous = null;
        for (int pass = 0; pass < 6; pass++) {
            h.startPass(centroids, previous);
            double[] sums = new double[k * 6];
            long[] counts = new long[k];
            // chunks of awkward size, as the fitter's tasks would cover the rows
            for (int r0 = 0; r0 < n; r0 += 777) {
                h.assignRows(y, r0, Math.min(n, r0 + 777), labels, dist, sums, counts);
            }
            for (int i = 0; i < n; i++) {
                // brute force in exact double arithmetic on the pixel values
                int nearest = 0;
                for (int c = 1; c < k; c++) {
                    if (sq(y, i, centroids[c]) < sq(y, i, centroids[nearest])) {
                        nearest = c;
                    }
                }
                assertEquals(nearest, labels[i], "pass " + pass + ", row " + i);
                assertEquals(sq(y, i, centroids[nearest]), dist[i], 1e-9 * (1 + dist[i]));
                for (int c = 0; c < k; c++) {
                    if (c != labels[i]) {
                        assertTrue(h.lowerBound(i) <= Math.sqrt(sq(y, i, centroids[c])) + 1e-12,
                                "pass " + pass + ", row " + i + ", centroid " + c);
                    }
                }
            }
            // move the centroids by small random steps, one of them by a large jump
            previous = new double[k][];
            for (int c = 0; c < k; c++) {
                previous[c] = centroids[c].clone();
                for (int j = 0; j < 6; j++) {
                    centroids[c][j] += (c == pass % k && pass == 3 ? 2.0 : 0.02) * (rng.nextDouble() - 0.5);
                }
            }
        }
        // the first pass ranks every row; after that the bounds must spare most of them
        assertTrue(h.rankedRows() < n + 5L * n / 2, "ranked " + h.rankedRows() + " rows in 6 passes of " + n);
    }
}
