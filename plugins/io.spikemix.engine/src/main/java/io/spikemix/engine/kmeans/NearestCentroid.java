package io.spikemix.engine.kmeans;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Assigns each pixel to its nearest centroid in squared Euclidean distance, the assignment step of Lloyd's
 * algorithm.
 *
 * <p>Candidates are ranked with ‖c‖² − 2 yᵀc (the squared distance less ‖y‖²), computed for 64 pixels at a time held in a
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

    /** ‖c‖² of every centroid, summed as the ranking of {@link #assignRows} sums it (shared, not copied). */
    double[] centroidNorms() {
        return centroidNorms;
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
        assignRows(data, from, to, labels, dist, null, null);
    }

    /**
     * As {@link #assignRows(SpectralMatrix, int, int, int[], double[])}, and adds each row to the sum and count of
     * its cluster (Lloyd's update step).
     *
     * @param sums   K·d cluster sums, row-major, added to (null: not wanted)
     * @param counts K cluster sizes, added to (null when sums is null)
     */
    public void assignRows(SpectralMatrix data, int from, int to, int[] labels, double[] dist, double[] sums,
            long[] counts) {
        int k = centroids.length;
        TransposedTile tile = new TransposedTile(d, BLOCK);
        double[][] acc = new double[k][BLOCK];
        double[] best = new double[BLOCK];
        int[] bestIdx = new int[BLOCK];
        for (int start = from; start < to; start += BLOCK) {
            int b = Math.min(BLOCK, to - start);
            tile.load(data, start, b);
            CentroidProjections.project(centroids, tile, acc);
            // ‖y‖² is the same for every candidate, so ‖c‖² − 2 yᵀc ranks them
            java.util.Arrays.fill(best, 0, b, Double.POSITIVE_INFINITY);
            for (int c = 0; c < k; c++) {
                double[] a = acc[c];
                double cn = centroidNorms[c];
                for (int p = 0; p < b; p++) {
                    double dd = cn - 2 * a[p];
                    if (dd < best[p]) {
                        best[p] = dd;
                        bestIdx[p] = c;
                    }
                }
            }
            for (int p = 0; p < b; p++) {
                int row = start + p;
                int label = bestIdx[p];
                labels[row] = label;
                double[] c = centroids[label];
                float[] blk = data.blockOf(row);
                int o = data.offsetOf(row);
                if (sums != null) {
                    int so = label * d;
                    for (int j = 0; j < d; j++) {
                        sums[so + j] += blk[o + j];
                    }
                    counts[label]++;
                }
                dist[row] = exactSquaredDistance(data, row, c);
            }
        }
    }

    /**
     * Σ_j (y[row][j] − c[j])², summed in four interleaved partial sums (j mod 4) so that the additions do not wait
     * for each other; the order is fixed, so the result is deterministic.
     */
    public static double exactSquaredDistance(SpectralMatrix data, int row, double[] c) {
        float[] blk = data.blockOf(row);
        int o = data.offsetOf(row);
        int d = c.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < d; j += 4) {
            double e0 = blk[o + j] - c[j];
            double e1 = blk[o + j + 1] - c[j + 1];
            double e2 = blk[o + j + 2] - c[j + 2];
            double e3 = blk[o + j + 3] - c[j + 3];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
        }
        for (; j < d; j++) {
            double e = blk[o + j] - c[j];
            s0 += e * e;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
