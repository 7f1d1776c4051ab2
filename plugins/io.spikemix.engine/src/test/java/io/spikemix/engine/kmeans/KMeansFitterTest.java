package io.spikemix.engine.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

class KMeansFitterTest {

    /**
     * Issue 17 item 6: k-means itself needs O(N·d) memory, but its spikes need one d × d second moment per cluster;
     * at a width whose estimate exceeds twice this JVM's heap they are refused in one line before any allocation,
     * while the fit itself succeeds.
     */
    @Test
    void spikesThatCannotFitInTheHeapAreRefusedBeforeAllocatingWhileTheFitSucceeds() throws Exception {
        int k = 2;
        int d = (int) Math.ceil(Math.sqrt(2.0 * Runtime.getRuntime().maxMemory() / (8 * 2.0 * k)));
        assertTrue(KMeansModel.secondMomentBytes(d, k) > 2 * Runtime.getRuntime().maxMemory());
        SpectralMatrix y = SpectralMatrix.allocate(9, d);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) rng.nextDouble());
            }
        }
        KMeansModel model = new KMeansFitter(KMeansOptions.builder().k(k).threads(1).build()).fit(y,
                ProgressMonitor.NONE);
        assertEquals(9, model.labels().length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.clusterSecondMoments(y));
        assertTrue(e.getMessage().contains("bytes of heap") && e.getMessage().contains("pick peaks"), e.getMessage());
    }

    static SpectralMatrix blobs(int n, double[][] centers, double spread, long seed, int maxBlockValues) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = centers[0].length;
        SpectralMatrix y = SpectralMatrix.allocate(n, d, maxBlockValues);
        for (int i = 0; i < n; i++) {
            double[] c = centers[i % centers.length];
            for (int j = 0; j < d; j++) {
                double u1 = 1 - rng.nextDouble();
                double g = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng.nextDouble());
                y.set(i, j, (float) (c[j] + spread * g));
            }
        }
        return y;
    }

    private static KMeansModel fit(SpectralMatrix y, KMeansOptions.Builder b) throws CanceledException {
        return new KMeansFitter(b.build()).fit(y, ProgressMonitor.NONE);
    }

    private static double sq(SpectralMatrix y, int i, double[] c) {
        double s = 0;
        for (int j = 0; j < c.length; j++) {
            double diff = y.get(i, j) - (double) c[j];
            s += diff * diff;
        }
        return s;
    }

    @Test
    void everyLabelIsTheNearestCentroidAndInertiaIsTheSumOfSquaredDistances() throws Exception {
        SpectralMatrix y = blobs(700, new double[][] {{0, 0, 0, 0, 0}, {3, 1, 0, 2, 0}, {0, 4, 4, 0, 1}}, 1.5, 3, 5 * 100);
        KMeansModel m = fit(y, KMeansOptions.builder().k(4).seed(1).threads(2));
        double[][] c = m.centroids();
        int[] labels = m.labels();
        double inertia = 0;
        for (int i = 0; i < y.rows(); i++) {
            double own = sq(y, i, c[labels[i]]);
            for (int other = 0; other < c.length; other++) {
                assertTrue(own <= sq(y, i, c[other]) + 1e-9, "row " + i + " is closer to centroid " + other);
            }
            inertia += own;
        }
        assertEquals(inertia, m.inertia(), 1e-9 * inertia);
        // centroids are the means of their clusters (the run converged on unchanged labels or a tiny shift)
        for (int k = 0; k < c.length; k++) {
            double[] mean = new double[5];
            int count = 0;
            for (int i = 0; i < y.rows(); i++) {
                if (labels[i] == k) {
                    count++;
                    for (int j = 0; j < 5; j++) {
                        mean[j] += y.get(i, j);
                    }
                }
            }
            assertTrue(count > 0);
            for (int j = 0; j < 5; j++) {
                mean[j] /= count;
            }
            assertArrayEquals(mean, c[k], 0.05);
        }
    }

    @Test
    void inertiaNeverIncreasesOverIterations() throws Exception {
        SpectralMatrix y = blobs(2000, new double[][] {{0, 0}, {2, 0}, {0, 2}, {2, 2}, {1, 1}}, 0.8, 5,
                SpectralMatrix.MAX_BLOCK_VALUES);
        for (long seed = 0; seed < 5; seed++) {
            KMeansModel m = fit(y, KMeansOptions.builder().k(6).seed(seed).tol(0));
            double[] t = m.inertiaTrace();
            assertEquals(m.iterations() + 1, t.length);
            assertEquals(m.inertia(), t[t.length - 1], 0);
            for (int i = 1; i < t.length; i++) {
                assertTrue(t[i] <= t[i - 1] * (1 + 1e-12), "seed " + seed + " iteration " + i);
            }
        }
    }

    /** Brute force: the inertia of assigning every row to its nearest centroid, all K distances compared. */
    private static double nearestInertia(SpectralMatrix y, double[][] centroids) {
        double total = 0;
        for (int i = 0; i < y.rows(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] c : centroids) {
                best = Math.min(best, sq(y, i, c));
            }
            total += best;
        }
        return total;
    }

    @Test
    void traceInertiaByExpansionMatchesBruteForceAndTheFinalInertiaIsExact() throws Exception {
        // uniform noise away from the origin: no cluster structure, so labels keep changing for many iterations
        SplittableRandom rng = new SplittableRandom(17);
        int n = 3001;
        int d = 7;
        SpectralMatrix y = SpectralMatrix.allocate(n, d, d * 500);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) (3 + rng.nextDouble()));
            }
        }
        double[][] init = new double[6][d];
        for (int c = 0; c < init.length; c++) {
            y.getRow(c * 97, init[c]);
        }
        for (KMeansOptions.Algorithm algorithm : KMeansOptions.Algorithm.values()) {
            KMeansOptions.Builder b = KMeansOptions.builder().k(init.length).tol(0).threads(2).algorithm(algorithm);
            KMeansModel longRun = new KMeansFitter(b.maxIter(6).build()).fitFrom(y, init, ProgressMonitor.NONE);
            double[] trace = longRun.inertiaTrace();
            assertEquals(7, trace.length, algorithm + ": the run must not converge before 6 iterations");
            assertEquals(nearestInertia(y, init), trace[0], 1e-9 * trace[0], algorithm + ": trace[0]");
            for (int t = 1; t < 6; t++) {
                // trace[t] is the inertia of the assignment to the centroids after t updates, which a t-iteration
                // run returns
                KMeansModel shortRun = new KMeansFitter(b.maxIter(t).build()).fitFrom(y, init, ProgressMonitor.NONE);
                double brute = nearestInertia(y, shortRun.centroids());
                assertEquals(brute, trace[t], 1e-9 * brute, algorithm + ": trace[" + t + "]");
                assertEquals(brute, shortRun.inertia(), 1e-9 * brute, algorithm + ": final inertia after " + t);
                double exact = 0;
                for (int i = 0; i < n; i++) {
                    exact += sq(y, i, shortRun.centroids()[shortRun.labels()[i]]);
                }
                assertEquals(exact, shortRun.inertia(), 1e-12 * exact, algorithm + ": final inertia is Σ‖y − c‖²");
            }
        }
    }

    @Test
    void recoversWellSeparatedCentres() throws Exception {
        double[][] centers = {{0, 0, 0}, {20, 0, 0}, {0, 20, 0}, {0, 0, 20}};
        SpectralMatrix y = blobs(4000, centers, 1, 8, SpectralMatrix.MAX_BLOCK_VALUES);
        KMeansModel m = fit(y, KMeansOptions.builder().k(4).nInit(3).seed(2));
        assertTrue(m.converged());
        for (double[] c : centers) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] got : m.centroids()) {
                double s = 0;
                for (int j = 0; j < 3; j++) {
                    s += (got[j] - c[j]) * (got[j] - c[j]);
                }
                best = Math.min(best, s);
            }
            // standard error of a 1,000-pixel mean with unit spread is 0.03 per coordinate
            assertTrue(best < 0.04, "no centroid near " + java.util.Arrays.toString(c));
        }
    }

    @Test
    void emptyClusterIsReseededWithTheFarthestPixel() throws Exception {
        SpectralMatrix y = SpectralMatrix.of(new double[][] {{0, 0}, {1, 0}, {0, 1}, {10, 10}, {11, 10}, {30, 0}});
        // centroid 2 is far from every pixel: the first assignment leaves it empty
        double[][] init = {{0.5, 0.5}, {10, 10}, {1000, 1000}};
        KMeansModel m = new KMeansFitter(KMeansOptions.builder().k(3).threads(1).build()).fitFrom(y, init,
                ProgressMonitor.NONE);
        assertTrue(m.relocatedClusters() >= 1);
        // brute force: the pixel farthest from its centroid after the first assignment is (30, 0), 20.6 from (10, 10)
        assertArrayEquals(new double[] {30, 0}, m.centroids()[2], 0);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2}, m.labels());
        // final clusters {(0,0),(1,0),(0,1)}, {(10,10),(11,10)}, {(30,0)}: inertia 12/9 + 2·0.25
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3}, m.centroids()[0], 1e-12);
        assertArrayEquals(new double[] {10.5, 10}, m.centroids()[1], 1e-12);
        assertEquals(12.0 / 9 + 0.5, m.inertia(), 1e-12);
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResults() throws Exception {
        SpectralMatrix y = blobs(5000, new double[][] {{0, 0, 0}, {3, 0, 1}, {0, 3, 2}}, 1.2, 9, 3 * 300);
        KMeansOptions.Builder b = KMeansOptions.builder().k(5).nInit(3).seed(77);
        KMeansModel one = fit(y, b.threads(1));
        KMeansModel two = fit(y, b.threads(2));
        assertArrayEquals(one.labels(), two.labels());
        assertArrayEquals(one.inertiaTrace(), two.inertiaTrace(), 0);
        for (int c = 0; c < 5; c++) {
            assertArrayEquals(one.centroids()[c], two.centroids()[c], 0);
        }
    }

    @Test
    void predictAgreesWithTrainingLabels() throws Exception {
        SpectralMatrix y = blobs(300, new double[][] {{0, 0}, {5, 5}}, 1, 1, SpectralMatrix.MAX_BLOCK_VALUES);
        KMeansModel m = fit(y, KMeansOptions.builder().k(3));
        assertArrayEquals(m.labels(), m.predict(y));
    }

    @Test
    void clusterSecondMomentsAreTheUncentredMeanOuterProducts() throws Exception {
        SpectralMatrix y = blobs(200, new double[][] {{1, 2, 3}, {-4, 0, 1}}, 0.5, 4, SpectralMatrix.MAX_BLOCK_VALUES);
        KMeansModel m = fit(y, KMeansOptions.builder().k(2));
        List<DMatrixRMaj> moments = m.clusterSecondMoments(y);
        int[] labels = m.labels();
        for (int c = 0; c < 2; c++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    double s = 0;
                    int n = 0;
                    for (int i = 0; i < y.rows(); i++) {
                        if (labels[i] == c) {
                            s += (double) y.get(i, a) * y.get(i, b);
                            n++;
                        }
                    }
                    assertEquals(s / n, moments.get(c).get(a, b), 1e-9);
                }
            }
        }
    }

    @Test
    void kMeansPlusPlusCentresAreDistinctPixels() throws Exception {
        SpectralMatrix y = SpectralMatrix.of(new double[][] {{0, 0}, {0, 0}, {0, 0}, {1, 1}, {1, 1}, {2, 0}});
        for (long seed = 0; seed < 20; seed++) {
            double[][] c;
            try (io.spikemix.engine.parallel.ParallelTasks t = new io.spikemix.engine.parallel.ParallelTasks(1)) {
                c = KMeansPlusPlus.centers(y, 3, new SplittableRandom(seed), t, ProgressMonitor.NONE);
            }
            assertEquals(3, java.util.Arrays.stream(c).map(java.util.Arrays::toString).distinct().count());
        }
    }

    @Test
    void rejectsBadInputWithClearMessages() {
        SpectralMatrix dup = SpectralMatrix.of(new double[][] {{1, 1}, {1, 1}, {2, 2}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit(dup, KMeansOptions.builder().k(3)));
        assertEquals("The data hold only 2 distinct pixel spectra, fewer than 'k' (3). Reduce 'k' to at most 2 or"
                + " remove duplicate pixels.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> fit(dup, KMeansOptions.builder().k(4)));
        assertTrue(e.getMessage().contains("number of pixels (3) is smaller than 'k' (4)"), e.getMessage());
        SpectralMatrix nan = SpectralMatrix.of(new double[][] {{1, 1}, {1, Double.POSITIVE_INFINITY}});
        e = assertThrows(IllegalArgumentException.class, () -> fit(nan, KMeansOptions.builder().k(1)));
        assertTrue(e.getMessage().contains("row 1, column 1 holds Infinity"), e.getMessage());
        SpectralMatrix zeros = SpectralMatrix.allocate(10, 3);
        assertThrows(IllegalArgumentException.class, () -> fit(zeros, KMeansOptions.builder().k(2)));
        assertThrows(IllegalArgumentException.class, () -> fit(SpectralMatrix.allocate(0, 3),
                KMeansOptions.builder().k(1)));
        e = assertThrows(IllegalArgumentException.class, () -> KMeansOptions.builder().k(0).build());
        assertEquals("The 'k' parameter must be >= 1. Got 0 instead.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KMeansOptions.builder().maxIter(0).build());
        assertThrows(IllegalArgumentException.class, () -> KMeansOptions.builder().tol(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> KMeansOptions.builder().nInit(0).build());
        assertThrows(IllegalArgumentException.class, () -> KMeansOptions.builder().threads(0).build());
    }

    @Test
    void allZeroDataWithOneClusterAndAConstantColumnAreFine() throws Exception {
        KMeansModel zero = fit(SpectralMatrix.allocate(10, 3), KMeansOptions.builder().k(1));
        assertEquals(0, zero.inertia(), 0);
        SpectralMatrix y = blobs(100, new double[][] {{0, 0}, {9, 9}}, 1, 2, SpectralMatrix.MAX_BLOCK_VALUES);
        for (int i = 0; i < y.rows(); i++) {
            y.set(i, 1, 4f);
        }
        KMeansModel m = fit(y, KMeansOptions.builder().k(2));
        for (double[] c : m.centroids()) {
            assertEquals(4, c[1], 0);
        }
    }
}
