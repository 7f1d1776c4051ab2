package io.spikemix.engine.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * The per-cluster-sum silhouette (method.md eqs. 45–46) equals the O(N²) definition with squared Euclidean
 * dissimilarity, computed here pair by pair, to 1e-12 (both sum in double; the sums differ only in rounding).
 */
class SilhouetteTest {

    /** Rousseeuw's silhouette with d(x, y) = ‖x − y‖², straight from the definition. */
    private static double bruteForce(double[][] x, int[] labels, int k) {
        int n = x.length;
        int[] count = new int[k];
        for (int l : labels) {
            count[l]++;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] sum = new double[k];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double s = 0;
                    for (int f = 0; f < x[i].length; f++) {
                        s += (x[i][f] - x[j][f]) * (x[i][f] - x[j][f]);
                    }
                    sum[labels[j]] += s;
                }
            }
            int own = labels[i];
            if (count[own] == 1) {
                continue;
            }
            double a = sum[own] / (count[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }

    private static double[][] blobs(int n, int d, int k, double spread, SplittableRandom rng, int[] labels) {
        double[][] centres = new double[k][d];
        for (double[] c : centres) {
            for (int f = 0; f < d; f++) {
                c[f] = 3 * rng.nextGaussian();
            }
        }
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(k);
            for (int f = 0; f < d; f++) {
                x[i][f] = centres[labels[i]][f] + spread * rng.nextGaussian();
            }
        }
        return x;
    }

    @Test
    void equalsTheDefinitionOnSeparatedAndOnOverlappingClusters() throws Exception {
        for (double spread : new double[] { 0.3, 3 }) {
            SplittableRandom rng = new SplittableRandom(7);
            int[] labels = new int[300];
            double[][] x = blobs(300, 4, 3, spread, rng, labels);
            // float32 data: compare on the values the matrix holds
            SpectralMatrix m = SpectralMatrix.of(x);
            double expected = bruteForce(m.toDoubleRows(), labels, 3);
            assertEquals(expected, Silhouette.squaredEuclidean(m, labels, 3, 1, ProgressMonitor.NONE), 1e-12,
                    "spread " + spread);
        }
    }

    @Test
    void randomLabelsScoreNearZeroAndSeparatedClustersNearOne() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        int[] labels = new int[400];
        SpectralMatrix m = SpectralMatrix.of(blobs(400, 3, 4, 0.05, rng, labels));
        assertTrue(Silhouette.squaredEuclidean(m, labels, 4, 1, ProgressMonitor.NONE) > 0.95);
        int[] random = new int[400];
        for (int i = 0; i < random.length; i++) {
            random[i] = rng.nextInt(4);
        }
        double s = Silhouette.squaredEuclidean(m, random, 4, 1, ProgressMonitor.NONE);
        assertTrue(s < 0.05, "random labels: " + s);
        assertEquals(bruteForce(m.toDoubleRows(), random, 4), s, 1e-12);
    }

    @Test
    void singletonsScoreZeroAndEmptyClustersAreSkipped() throws Exception {
        double[][] x = { { 0, 0 }, { 0, 1 }, { 10, 10 }, { 10, 11 }, { 50, 50 } };
        int[] labels = { 0, 0, 2, 2, 3 }; // cluster 1 empty, cluster 3 a singleton
        SpectralMatrix m = SpectralMatrix.of(x);
        assertEquals(bruteForce(x, labels, 4), Silhouette.squaredEuclidean(m, labels, 4, 1, ProgressMonitor.NONE), 1e-12);
    }

    @Test
    void oneNonEmptyClusterHasNoSilhouette() throws Exception {
        SpectralMatrix m = SpectralMatrix.of(new double[][] { { 0, 0 }, { 1, 1 } });
        assertTrue(Double.isNaN(Silhouette.squaredEuclidean(m, new int[] { 1, 1 }, 3, 1, ProgressMonitor.NONE)));
    }

    @Test
    void theValueDoesNotDependOnTheThreadCount() throws Exception {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 3 * Silhouette.BLOCK_ROWS + 17; // several blocks, the last one partial
        int[] labels = new int[n];
        SpectralMatrix m = SpectralMatrix.of(blobs(n, 5, 6, 1, rng, labels));
        double one = Silhouette.squaredEuclidean(m, labels, 6, 1, ProgressMonitor.NONE);
        assertEquals(one, Silhouette.squaredEuclidean(m, labels, 6, 3, ProgressMonitor.NONE), 0);
    }
}
