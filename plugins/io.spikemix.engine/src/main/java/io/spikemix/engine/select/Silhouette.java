package io.spikemix.engine.select;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * The mean silhouette of a hard clustering (Rousseeuw 1987) with <b>squared</b> Euclidean dissimilarity, computed
 * exactly from per-cluster sums in O(N·K·d) instead of the O(N²·d) of all pairwise distances (method.md eqs. 45–46).
 *
 * <p>The mean squared distance of x to the n_c members y of cluster c is
 * <pre>  m_c(x) = (1/n_c) Σ_{y∈c} ‖x − y‖² = ‖x − μ_c‖² + W_c,   W_c = (1/n_c) Σ_{y∈c} ‖y − μ_c‖²</pre>
 * (the ‖x‖² − 2xᵀμ_c + mean_c‖y‖² of the expansion, written around μ_c so nothing cancels). For pixel i in
 * cluster A: a(i) = n_A·m_A(x_i)/(n_A − 1) (the mean over the other members; x_i itself contributes 0),
 * b(i) = min_{B≠A} m_B(x_i), s(i) = (b − a)/max(a, b), and s(i) = 0 for a singleton cluster. The result is the
 * silhouette of the squared distances, not of the distances themselves (which have no such sums), so its values are
 * not comparable with a Euclidean silhouette computed by other tools; {@code SilhouetteTest} checks it against the
 * O(N²) definition with squared distances.
 *
 * <p>Three passes over the data in blocks of {@value #BLOCK_ROWS} rows; each block writes its own partial sums,
 * reduced in block order, so the value is the same for any thread count.
 */
public final class Silhouette {

    static final int BLOCK_ROWS = 4096;

    private Silhouette() {
    }

    /**
     * Mean silhouette of {@code labels} over all rows of {@code data}, or NaN when fewer than two clusters are
     * non-empty (the silhouette needs a nearest other cluster).
     *
     * @param labels cluster of each row, in [0, k)
     */
    public static double squaredEuclidean(SpectralMatrix data, int[] labels, int k, int threads, ProgressMonitor monitor)
            throws CanceledException {
        int n = data.rows();
        int d = data.cols();
        if (labels.length != n) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries but the data have " + n + " rows");
        }
        for (int l : labels) {
            if (l < 0 || l >= k) {
                throw new IllegalArgumentException("labels must lie in [0, " + k + "), got " + l);
            }
        }
        int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
        double[][] partSums = new double[blocks][k * d];
        long[][] partCounts = new long[blocks][k];
        double[][] partScatter = new double[blocks][k];
        double[] partSilhouette = new double[blocks];
        double[][] means = new double[k][d];
        long[] counts = new long[k];
        double[] within = new double[k];
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            // pass 1: n_c and Σ y per cluster
            tasks.run(blocks, (b, cancel) -> {
                double[] y = new double[d];
                for (int i = b * BLOCK_ROWS, end = Math.min(n, i + BLOCK_ROWS); i < end; i++) {
                    data.getRow(i, y);
                    int c = labels[i];
                    partCounts[b][c]++;
                    for (int j = 0; j < d; j++) {
                        partSums[b][c * d + j] += y[j];
                    }
                }
            }, monitor);
            for (int b = 0; b < blocks; b++) {
                for (int c = 0; c < k; c++) {
                    counts[c] += partCounts[b][c];
                    for (int j = 0; j < d; j++) {
                        means[c][j] += partSums[b][c * d + j];
                    }
                }
            }
            int nonEmpty = 0;
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    nonEmpty++;
                    for (int j = 0; j < d; j++) {
                        means[c][j] /= counts[c];
                    }
                }
            }
            if (nonEmpty < 2) {
                return Double.NaN;
            }
            monitor.setProgress(1.0 / 3, "Silhouette: cluster scatter");
            // pass 2: W_c = mean squared distance of the members to their mean
            tasks.run(blocks, (b, cancel) -> {
                double[] y = new double[d];
                for (int i = b * BLOCK_ROWS, end = Math.min(n, i + BLOCK_ROWS); i < end; i++) {
                    data.getRow(i, y);
                    partScatter[b][labels[i]] += squaredDistance(y, means[labels[i]]);
                }
            }, monitor);
            for (int b = 0; b < blocks; b++) {
                for (int c = 0; c < k; c++) {
                    within[c] += partScatter[b][c];
                }
            }
            for (int c = 0; c < k; c++) {
                within[c] = counts[c] > 0 ? within[c] / counts[c] : 0;
            }
            monitor.setProgress(2.0 / 3, "Silhouette: per-pixel scores");
            // pass 3: s(i) from m_c(x_i) = ‖x_i − μ_c‖² + W_c
            tasks.run(blocks, (b, cancel) -> {
                double[] y = new double[d];
                double sum = 0;
                for (int i = b * BLOCK_ROWS, end = Math.min(n, i + BLOCK_ROWS); i < end; i++) {
                    data.getRow(i, y);
                    int own = labels[i];
                    if (counts[own] < 2) {
                        continue; // s(i) = 0 for a singleton
                    }
                    double a = counts[own] * (squaredDistance(y, means[own]) + within[own]) / (counts[own] - 1);
                    double bMin = Double.POSITIVE_INFINITY;
                    for (int c = 0; c < k; c++) {
                        if (c != own && counts[c] > 0) {
                            bMin = Math.min(bMin, squaredDistance(y, means[c]) + within[c]);
                        }
                    }
                    double max = Math.max(a, bMin);
                    sum += max > 0 ? (bMin - a) / max : 0;
                }
                partSilhouette[b] = sum;
            }, monitor);
        }
        double total = 0;
        for (double s : partSilhouette) {
            total += s;
        }
        return total / n;
    }

    private static double squaredDistance(double[] y, double[] mu) {
        double s = 0;
        for (int j = 0; j < y.length; j++) {
            double t = y[j] - mu[j];
            s += t * t;
        }
        return s;
    }
}
