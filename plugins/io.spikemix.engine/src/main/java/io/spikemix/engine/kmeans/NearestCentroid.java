package io.spikemix.engine.kmeans;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Assigns each pixel to its nearest centroid in squared Euclidean distance, the assignment step of Lloyd's
 * algorithm.
 *
 * <p>Candidates are ranked with ‖y‖² − 2 yᵀc + ‖c‖², computed for 64 pixels at a time with the pixels transposed so
 * that the inner loop runs over pixels (the JIT vectorises it); the distance reported for the chosen centroid is then
 * recomputed exactly as Σ (y − c)², so inertia does not suffer from the cancellation of the expanded form.
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
        double[] yt = new double[d * BLOCK];
        double[] ynorm = new double[BLOCK];
        double[] acc = new double[BLOCK];
        double[] best = new double[BLOCK];
        int[] bestIdx = new int[BLOCK];
        for (int start = from; start < to; start += BLOCK) {
            int b = Math.min(BLOCK, to - start);
            for (int p = 0; p < b; p++) {
                float[] blk = data.blockOf(start + p);
                int o = data.offsetOf(start + p);
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double v = blk[o + j];
                    yt[j * BLOCK + p] = v;
                    s += v * v;
                }
                ynorm[p] = s;
                best[p] = Double.POSITIVE_INFINITY;
            }
            for (int c = 0; c < k; c++) {
                dotBlock(centroids[c], yt, acc, b);
                double cn = centroidNorms[c];
                for (int p = 0; p < b; p++) {
                    double dd = ynorm[p] - 2 * acc[p] + cn;
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

    /** acc[p] = Σ_j c[j]·yt[j·BLOCK + p] for p &lt; b, four features per pass to cut loads and stores of acc. */
    private void dotBlock(double[] c, double[] yt, double[] acc, int b) {
        java.util.Arrays.fill(acc, 0, b, 0.0);
        int j = 0;
        for (; j + 3 < d; j += 4) {
            double c0 = c[j];
            double c1 = c[j + 1];
            double c2 = c[j + 2];
            double c3 = c[j + 3];
            int o0 = j * BLOCK;
            int o1 = o0 + BLOCK;
            int o2 = o1 + BLOCK;
            int o3 = o2 + BLOCK;
            for (int p = 0; p < b; p++) {
                acc[p] = Math.fma(c3, yt[o3 + p],
                        Math.fma(c2, yt[o2 + p], Math.fma(c1, yt[o1 + p], Math.fma(c0, yt[o0 + p], acc[p]))));
            }
        }
        for (; j < d; j++) {
            double cj = c[j];
            int o = j * BLOCK;
            for (int p = 0; p < b; p++) {
                acc[p] = Math.fma(cj, yt[o + p], acc[p]);
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
