package io.spikemix.engine.kmeans;

/**
 * The projections yᵀc of a tile's pixels onto every centroid, the O(K·d) part of the squared distances
 * ‖y‖² − 2 yᵀc + ‖c‖² of the k-means assignment step.
 *
 * <p>Computed as axpys over the tile's pixels, four centroids per sweep (the remainder two, then one): for each feature j one load of
 * {@code y_j[p]} feeds four multiply-adds {@code acc_c[p] += c_j · y_j[p]}. Every array in the inner loop is indexed
 * by p alone, so C2 vectorises it (see {@link TransposedTile} for the same-index rule). The summation order over j
 * is fixed, so results do not depend on the thread count. Complexity O(K · d · pixels).
 */
final class CentroidProjections {

    private CentroidProjections() {
    }

    /**
     * {@code acc[c][p] = Σ_j centroids[c][j] · tile.feature(j)[p]} for p &lt; tile.count().
     *
     * @param acc K arrays of length ≥ tile.count(), overwritten
     */
    static void project(double[][] centroids, TransposedTile tile, double[][] acc) {
        int k = centroids.length;
        int d = tile.features();
        int n = tile.count();
        int c = 0;
        for (; c + 3 < k; c += 4) {
            double[] x0 = centroids[c];
            double[] x1 = centroids[c + 1];
            double[] x2 = centroids[c + 2];
            double[] x3 = centroids[c + 3];
            double[] p0 = acc[c];
            double[] p1 = acc[c + 1];
            double[] p2 = acc[c + 2];
            double[] p3 = acc[c + 3];
            java.util.Arrays.fill(p0, 0, n, 0.0);
            java.util.Arrays.fill(p1, 0, n, 0.0);
            java.util.Arrays.fill(p2, 0, n, 0.0);
            java.util.Arrays.fill(p3, 0, n, 0.0);
            for (int j = 0; j < d; j++) {
                double a0 = x0[j];
                double a1 = x1[j];
                double a2 = x2[j];
                double a3 = x3[j];
                double[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    double v = y[p];
                    p0[p] += a0 * v;
                    p1[p] += a1 * v;
                    p2[p] += a2 * v;
                    p3[p] += a3 * v;
                }
            }
        }
        if (c + 1 < k) {
            double[] x0 = centroids[c];
            double[] x1 = centroids[c + 1];
            double[] p0 = acc[c];
            double[] p1 = acc[c + 1];
            java.util.Arrays.fill(p0, 0, n, 0.0);
            java.util.Arrays.fill(p1, 0, n, 0.0);
            for (int j = 0; j < d; j++) {
                double a0 = x0[j];
                double a1 = x1[j];
                double[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    double v = y[p];
                    p0[p] += a0 * v;
                    p1[p] += a1 * v;
                }
            }
            c += 2;
        }
        for (; c < k; c++) {
            double[] x0 = centroids[c];
            double[] p0 = acc[c];
            java.util.Arrays.fill(p0, 0, n, 0.0);
            for (int j = 0; j < d; j++) {
                double a0 = x0[j];
                double[] y = tile.feature(j);
                for (int p = 0; p < n; p++) {
                    p0[p] += a0 * y[p];
                }
            }
        }
    }
}
