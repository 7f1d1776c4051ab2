package io.spikemix.engine.kmeans;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * The assignment step of Lloyd's algorithm with Hamerly's bounds (G. Hamerly, "Making k-means even faster", SDM
 * 2010): most pixels keep their centroid after a single exact distance, without being compared with the others.
 *
 * <p>Per pixel i a lower bound l(i) on the distance to every centroid other than its own is kept across iterations;
 * when the centroids move by δ(j), l(i) decreases by the largest δ(j) over the other centroids. Per pass, s(j) is half
 * the distance from centroid j to its nearest other centroid. With u = the exact distance to the own centroid a
 * (computed in every pass anyway, because it is the pixel's inertia term), every other centroid c is at least
 * max(l(i), 2 s(a) − u) away by the triangle inequality, so when that exceeds u the pixel keeps a. Otherwise the
 * pixel is ranked against all centroids exactly as {@link NearestCentroid} ranks it (gathered into a
 * {@link TransposedTile}, projected with {@link CentroidProjections}, ‖c‖² − 2 yᵀc, ties to the lowest index), and
 * l(i) is set from the runner-up.
 *
 * <p>Exactness: the result must be the label plain Lloyd computes, and plain Lloyd ranks by the rounded expanded
 * form. Its rounding error is at most γ_(d+1)·(‖y‖ + ‖c‖)² (standard dot-product bound), so a pixel keeps its label
 * only when the bounds separate its own centroid from all others by more than twice that, with a further relative
 * slack of 1e-9 for the rounding of the bounds themselves; shifts are rounded up. Near-ties are therefore always
 * ranked by the same code as in plain Lloyd, and labels, distances, cluster sums (added in row order) and inertia are
 * bit-identical to {@link KMeansOptions.Algorithm#LLOYD}.
 *
 * <p>Memory: one double per pixel (l), 8·N bytes, next to the N exact squared distances that the fit keeps anyway
 * (u² = the inertia term, so u needs no storage of its own). Time per pass: O(N·d) for the exact distances and
 * cluster sums plus O(K·d) per pixel whose bounds fail, plus O(K²·d) for s. A pass writes disjoint rows, so chunks
 * may run in parallel once {@link #startPass} has returned.
 */
final class HamerlyAssignment {

    /** Relative slack on the bound test, far above the rounding of the bounds (≈ 1e-14 relative). */
    private static final double RELATIVE_SLACK = 1e-9;
    /** Centroid shifts are rounded up by this factor so that the decreased l stays a lower bound. */
    private static final double SHIFT_INFLATION = 1 + 1e-10;

    private final double[] lower;
    private final double maxRowNorm;
    private final int d;
    private final LongAdder rankedRows = new LongAdder();
    private boolean primed;

    private boolean bounded;
    private double[][] centroids;
    private double[] centroidNorms;
    private double[] halfGap;
    private double maxShift;
    private double secondShift;
    private int maxShiftIndex;
    private double rankingError;

    /** @param data the pixels of the fit; scanned once for the largest row norm */
    HamerlyAssignment(SpectralMatrix data) {
        this.d = data.cols();
        this.lower = new double[data.rows()];
        double max = 0;
        for (int i = 0; i < data.rows(); i++) {
            float[] b = data.blockOf(i);
            int o = data.offsetOf(i);
            double s = 0;
            for (int j = 0; j < d; j++) {
                double v = b[o + j];
                s += v * v;
            }
            max = Math.max(max, s);
        }
        this.maxRowNorm = Math.sqrt(max) * (1 + 1e-6);
    }

    /**
     * Prepares a pass against {@code centroids}.
     *
     * @param previous the centroids of the previous pass (rows of the same length), null on the first pass
     */
    void startPass(double[][] centroids, double[][] previous) {
        int k = centroids.length;
        this.centroids = centroids;
        this.centroidNorms = new NearestCentroid(centroids).centroidNorms();
        this.bounded = primed && previous != null;
        this.primed = true;
        halfGap = new double[k];
        Arrays.fill(halfGap, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double h = 0.5 * Math.sqrt(squaredDistance(centroids[a], centroids[b]));
                halfGap[a] = Math.min(halfGap[a], h);
                halfGap[b] = Math.min(halfGap[b], h);
            }
        }
        maxShift = 0;
        secondShift = 0;
        maxShiftIndex = -1;
        if (previous != null) {
            for (int c = 0; c < k; c++) {
                double shift = Math.sqrt(squaredDistance(centroids[c], previous[c])) * SHIFT_INFLATION;
                if (shift > maxShift) {
                    secondShift = maxShift;
                    maxShift = shift;
                    maxShiftIndex = c;
                } else if (shift > secondShift) {
                    secondShift = shift;
                }
            }
        }
        double maxCentroidNorm = 0;
        for (double cn : centroidNorms) {
            maxCentroidNorm = Math.max(maxCentroidNorm, Math.sqrt(cn));
        }
        double r = maxRowNorm + maxCentroidNorm * (1 + 1e-6);
        // twice γ_(d+1) = (d + 1)·2⁻⁵³/(1 − …), generously rounded up
        rankingError = 4.0 * (d + 8) * 0x1p-53 * r * r;
    }

    /** The lower bound l on the distance from {@code row} to every centroid but its own, as of the last pass. */
    double lowerBound(int row) {
        return lower[row];
    }

    /** How many rows were compared with all centroids so far, over all passes (the bounds' failures). */
    long rankedRows() {
        return rankedRows.sum();
    }

    /** Forgets the bounds of {@code row}, whose label was changed outside a pass (an empty cluster re-seeded). */
    void reset(int row) {
        lower[row] = 0;
    }

    /**
     * Assigns rows {@code [from, to)} to their nearest centroid of this pass, writes their exact squared distances
     * and adds them to the cluster sums, in row order, as {@link NearestCentroid} does.
     *
     * @param labels input (the previous labels) and output
     * @param sums   K·d cluster sums, row-major, added to
     * @param counts K cluster sizes, added to
     */
    void assignRows(SpectralMatrix data, int from, int to, int[] labels, double[] dist, double[] sums,
            long[] counts) {
        int[] todo = new int[to - from];
        int m = 0;
        for (int row = from; row < to; row++) {
            if (bounded) {
                int a = labels[row];
                double own = NearestCentroid.exactSquaredDistance(data, row, centroids[a]);
                double l = lower[row] - (a == maxShiftIndex ? secondShift : maxShift);
                l = l > 0 ? l : 0;
                lower[row] = l;
                double gap = 2 * halfGap[a] - Math.sqrt(own);
                double others = Math.max(l * l, gap > 0 ? gap * gap : 0);
                if (others * (1 - RELATIVE_SLACK) - own > rankingError) {
                    dist[row] = own;
                    continue;
                }
            }
            todo[m++] = row;
        }
        if (m > 0) {
            rank(data, todo, m, labels, dist);
            rankedRows.add(m);
        }
        for (int row = from; row < to; row++) {
            int label = labels[row];
            float[] blk = data.blockOf(row);
            int o = data.offsetOf(row);
            int so = label * d;
            for (int j = 0; j < d; j++) {
                sums[so + j] += blk[o + j];
            }
            counts[label]++;
        }
    }

    /** Ranks the listed rows against every centroid, as {@link NearestCentroid}, and sets their lower bounds. */
    private void rank(SpectralMatrix data, int[] rows, int m, int[] labels, double[] dist) {
        int k = centroids.length;
        int block = NearestCentroid.BLOCK;
        TransposedTile tile = new TransposedTile(d, block);
        double[][] acc = new double[k][block];
        double[] best = new double[block];
        double[] second = new double[block];
        double[] norm = new double[block];
        int[] bestIdx = new int[block];
        for (int t = 0; t < m; t += block) {
            int b = Math.min(block, m - t);
            tile.load(data, rows, t, b);
            CentroidProjections.project(centroids, tile, acc);
            Arrays.fill(best, 0, b, Double.POSITIVE_INFINITY);
            Arrays.fill(second, 0, b, Double.POSITIVE_INFINITY);
            for (int c = 0; c < k; c++) {
                double[] a = acc[c];
                double cn = centroidNorms[c];
                for (int p = 0; p < b; p++) {
                    double dd = cn - 2 * a[p];
                    if (dd < best[p]) {
                        second[p] = best[p];
                        best[p] = dd;
                        bestIdx[p] = c;
                    } else if (dd < second[p]) {
                        second[p] = dd;
                    }
                }
            }
            Arrays.fill(norm, 0, b, 0.0);
            for (int j = 0; j < d; j++) {
                double[] y = tile.feature(j);
                for (int p = 0; p < b; p++) {
                    norm[p] += y[p] * y[p];
                }
            }
            for (int p = 0; p < b; p++) {
                int row = rows[t + p];
                int label = bestIdx[p];
                labels[row] = label;
                dist[row] = NearestCentroid.exactSquaredDistance(data, row, centroids[label]);
                // runner-up's squared distance ‖c‖² − 2 yᵀc + ‖y‖², less the error of both terms
                double runnerUp = second[p] + norm[p] - rankingError;
                lower[row] = runnerUp > 0 ? Math.sqrt(runnerUp) : 0;
            }
        }
    }

    private static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double e = a[j] - b[j];
            s += e * e;
        }
        return s;
    }
}
