package io.spikemix.engine.kmeans;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Assigns each pixel to its nearest centroid in squared Euclidean distance, the assignment step of Lloyd's
 * algorithm.
 *
 * <p>Candidates are ranked with ‖y‖² − 2 yᵀc + ‖c‖², computed for 64 pixels at a time held in a
 * {@link TransposedTile}, with the projections yᵀc from {@link CentroidProjections} (axpys over the pixels, which
 * the JIT vectorises); the distance reported for the chosen centroid is then recomputed exactly as Σ (y − c)², so
 * inertia does not suffer from the cancellation of the expanded form.
 * Ties go to the lowest centroid index. Complexity O(N·K·d).
 */
public final class NearestCentroid {

    /** Rows per parallel task; fixed so that per-task partial sums do not depend on the thread count. */
    public static final int CHUNK_ROWS = 1024;

    static final int BLOCK = 64;

    private final double[][] centroids;
    private final double[] centroidNorms;
    private final int d;

    /** @param centroids K × d, not modified and not copied (the caller must not change it during use) */
    public NearestCentroid(double[][] centroids) {
        this.centroids = centroids;
        this.d = centroids[0].length;
        this.centroidNorms = new double[centroids.length];
        for (int c = 0; c < centroids.length; c++) {
            double s = 0;
            for (double v : centroids[c]) {
                s += v * v;
            }
            centroidNorms[c] = s;
        }
    }

    /** Number of {@link #CHUNK_ROWS}-row tasks that cover {@code rows} rows. */
    public static int chunkCount(int rows) {
        return (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
    }

    /**
     * The nearest centroid of every row of {@code data}.
     *
     * @param centroids K × d centroids, not modified
     * @return labels, length N
     */
    public static int[] assign(SpectralMatrix data, double[][] centroids, ParallelTasks tasks, ProgressMonitor monitor)
            throws CanceledException {
        NearestCentroid nc = new NearestCentroid(centroids);
        int n = data.rows();
        int[] labels = new int[n];
        double[] dist = new double[n];
        tasks.run(chunkCount(n), (c, cancel) -> {
            int r0 = c * CHUNK_ROWS;
            nc.assignRows(data, r0, Math.min(n, r0 + CHUNK_ROWS), labels, dist);
        }, monitor);
        return labels;
    }

    /**
     * Writes the nearest centroid and the exact squared distance to it for rows {@code [from, to)}.
     *
     * @param labels output, indexed by row
     * @param dist   output, indexed by row
     */
    void assignRows(SpectralMatrix data, int from, int to, int[] labels, double[] dist) {
        int k = centroids.length;
        TransposedTile tile = new TransposedTile(d, BLOCK);
        double[][] acc = new double[k][BLOCK];
        double[] ynorm = new double[BLOCK];
        double[] best = new double[BLOCK];
        int[] bestIdx = new int[BLOCK];
        for (int start = from; start < to; start += BLOCK) {
            int b = Math.min(BLOCK, to - start);
            tile.load(data, start, b);
            java.util.Arrays.fill(ynorm, 0, b, 0.0);
            for (int j = 0; j < d; j++) {
                double[] y = tile.feature(j);
                for (int p = 0; p < b; p++) {
                    ynorm[p] += y[p] * y[p];
                }
            }
            CentroidProjections.project(centroids, tile, acc);
            java.util.Arrays.fill(best, 0, b, Double.POSITIVE_INFINITY);
            for (int c = 0; c < k; c++) {
                double[] a = acc[c];
                double cn = centroidNorms[c];
                for (int p = 0; p < b; p++) {
                    double dd = ynorm[p] - 2 * a[p] + cn;
                    if (dd < best[p]) {
                        best[p] = dd;
                        bestIdx[p] = c;
                    }
                }
            }
            for (int p = 0; p < b; p++) {
                int row = start + p;
                labels[row] = bestIdx[p];
                dist[row] = exactSquaredDistance(data, row, centroids[bestIdx[p]]);
            }
        }
    }

    /** Σ_j (y[row][j] − c[j])². */
    static double exactSquaredDistance(SpectralMatrix data, int row, double[] c) {
        float[] blk = data.blockOf(row);
        int o = data.offsetOf(row);
        double s = 0;
        for (int j = 0; j < c.length; j++) {
            double diff = blk[o + j] - c[j];
            s += diff * diff;
        }
        return s;
    }
}
