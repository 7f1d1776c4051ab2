package io.spikemix.engine.kmeans;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * The assignment step of Lloyd's algorithm with Hamerly's bounds (G. Hamerly, "Making k-means even faster", SDM
 * 2010): a pixel whose bounds prove that it keeps its centroid is not compared with the other centroids.
 *
 * <p>Per pixel i, an upper bound u(i) on the distance to its own centroid a and a lower bound l(i) on the distance
 * to every other centroid are kept across passes. When the centroids move by δ(j), u(i) grows by δ(a) and l(i)
 * shrinks by the largest δ(j) over j ≠ a. Per pass, s(j) is half the distance from centroid j to its nearest other
 * centroid; by the triangle inequality every other centroid is at least max(l(i), 2 s(a) − u(i)) away, so when that
 * exceeds u(i) the pixel keeps a. If not, u(i) is tightened to the exact distance and the test repeated (for every
 * such pixel while that rescued at least half of them in the previous pass, else for every eighth row); if it still
 * fails, the pixel is ranked against all centroids: first in float32 ({@link FloatTransposedTile},
 * {@link FloatCentroidProjections}, eight lanes per vector instead of four), which settles the pixel when the
 * runner-up is farther than the proven float32 error allows ({@link #rankInFloat}); the few pixels it cannot settle
 * (near-ties, rows far from the origin, magnitudes outside float32's comfortable range) are ranked exactly as
 * {@link NearestCentroid} ranks them (gathered into a {@link TransposedTile}, projected with
 * {@link CentroidProjections}, ‖c‖² − 2 yᵀc, ties to the lowest index). Either way l(i) is set from the runner-up
 * and u(i) from the winner. A last pass over the rows (in spans of 256 rows, in row
 * order) adds every row to its cluster sum; on request ({@code exact}, the fit's final pass and passes that leave a
 * cluster empty) it also computes the row's exact squared distance (the inertia term) in the same read of the row,
 * which makes u(i) tight. Without it the pass is a plain read-and-add, about half the time per row.
 *
 * <p>Exactness: the label must be the one plain Lloyd computes, and plain Lloyd ranks by the rounded expanded form.
 * Its rounding error is at most γ_(d+1)·(‖y‖ + ‖c‖)² (standard dot-product bound), so a pixel keeps its label only
 * when the bounds separate its own centroid from all others by more than twice that, with a further relative slack
 * of 1e-9 for the rounding of the bounds themselves; shifts are rounded up. The float32 ranking decides only where
 * its error bound proves that plain Lloyd decides the same way ({@link #rankInFloat}). Near-ties are therefore always
 * ranked by the same code as in plain Lloyd, and labels, distances, cluster sums (added in row order) and inertia are
 * bit-identical to {@link KMeansOptions.Algorithm#LLOYD}.
 *
 * <p>Memory: two doubles per pixel (u and l), 16·N bytes, next to the N exact squared distances that the fit keeps
 * anyway; per task and pass a float32 tile of 128 pixels (512·d bytes), a double tile of 64 and K·d doubles of
 * cluster sums. Time per pass: O(N·d) for the cluster sums and exact distances, O(K·d) per pixel whose bounds fail, O(K²·d)
 * for s. On strongly overlapping clusters most pixels fail in the first iterations (then a pass costs about as much
 * as plain Lloyd's), fewer as the centroids settle. A pass writes disjoint rows, so chunks may run in parallel once
 * {@link #startPass} has returned.
 */
final class HamerlyAssignment {

    /** Relative slack on the bound test, far above the rounding of the bounds (≈ 1e-14 relative). */
    private static final double RELATIVE_SLACK = 1e-9;
    /** Centroid shifts are rounded up by this factor so that the decreased l stays a lower bound. */
    private static final double SHIFT_INFLATION = 1 + 1e-10;

    /** Rows whose bounds are tested, ranked and summed together, so that they are still cached in each step. */
    private static final int SPAN = 256;

    /**
     * Pixels per float32 tile. C2 unrolls a vectorised float loop to 32–64 lanes per trip and runs the rest in a scalar
     * loop, so a 64-pixel float tile would be mostly scalar; 128 (50 KB at d = 100) is vectorised nearly in full.
     */
    private static final int FLOAT_BLOCK = 128;

    private final double[] lower;
    private final double[] upper;
    private final double[] rowNorms;
    private final double maxRowNorm;
    private final int d;
    private final LongAdder rankedRows = new LongAdder();
    private final LongAdder exactlyRanked = new LongAdder();
    private final LongAdder tightened = new LongAdder();
    private final LongAdder rescued = new LongAdder();
    private boolean tightenAll;
    private boolean primed;

    private boolean bounded;
    private double[][] centroids;
    private double[] centroidNorms;
    private double[] halfGap;
    private double[] shift;
    private double maxShift;
    private double secondShift;
    private int maxShiftIndex;
    private double rankingError;
    private float[][] floatCentroids;
    private float[] floatCentroidNorms;
    private double maxCentroidNorm;

    /**
     * @param rows     number of pixels
     * @param d        number of features
     * @param rowNorms ‖y_i‖² of every pixel, for the largest row norm
     */
    HamerlyAssignment(int rows, int d, double[] rowNorms) {
        this.d = d;
        this.lower = new double[rows];
        this.upper = new double[rows];
        this.rowNorms = rowNorms;
        double max = 0;
        for (double s : rowNorms) {
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
        // Tightening costs one exact distance (d multiply-adds, scalar) and saves a float32 ranking (tile transpose
        // and K·d vectorised multiply-adds, about twice the time measured) when it rescues the pixel: worth it for
        // every pixel only if it rescued at least half of the tightened pixels in the previous pass; otherwise only
        // every eighth row is tightened, which keeps the rate measured. Labels never depend on this choice. The first
        // bounded pass samples too: its bounds come from the first iteration's ranking against the starting
        // centroids, which moved most (on the benchmark data, tightening all 200,000 rows then rescued none).
        long tried = tightened.sumThenReset();
        long kept = rescued.sumThenReset();
        if (tried > 0) {
            tightenAll = 2 * kept >= tried;
        }
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
        shift = new double[k];
        if (previous != null) {
            for (int c = 0; c < k; c++) {
                shift[c] = Math.sqrt(squaredDistance(centroids[c], previous[c])) * SHIFT_INFLATION;
                if (shift[c] > maxShift) {
                    secondShift = maxShift;
                    maxShift = shift[c];
                    maxShiftIndex = c;
                } else if (shift[c] > secondShift) {
                    secondShift = shift[c];
                }
            }
        }
        double cmax = 0;
        for (double cn : centroidNorms) {
            cmax = Math.max(cmax, Math.sqrt(cn));
        }
        maxCentroidNorm = cmax * (1 + 1e-6);
        double r = maxRowNorm + maxCentroidNorm;
        // twice γ_(d+1) = (d + 1)·2⁻⁵³/(1 − …), generously rounded up
        rankingError = 4.0 * (d + 8) * 0x1p-53 * r * r;
        floatCentroids = FloatCentroidProjections.usable(d, maxCentroidNorm, maxRowNorm)
                ? FloatCentroidProjections.toFloat(centroids)
                : null;
        floatCentroidNorms = new float[k];
        for (int c = 0; c < k; c++) {
            floatCentroidNorms[c] = (float) centroidNorms[c];
        }
    }

    /** The lower bound l on the distance from {@code row} to every centroid but its own, as of the last pass. */
    double lowerBound(int row) {
        return lower[row];
    }

    /** How many rows were compared with all centroids so far, over all passes (the bounds' failures). */
    long rankedRows() {
        return rankedRows.sum();
    }

    /**
     * How many of the {@link #rankedRows} the float32 ranking could not decide, so that they were ranked again in
     * double precision as plain Lloyd ranks them (all of them when the float32 ranking is not usable).
     */
    long exactlyRanked() {
        return exactlyRanked.sum();
    }

    /** Forgets the bounds of {@code row}, whose label was changed outside a pass (an empty cluster re-seeded). */
    void reset(int row) {
        lower[row] = 0;
        upper[row] = Double.POSITIVE_INFINITY;
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
        assignRows(data, from, to, labels, dist, sums, counts, true);
    }

    /**
     * As {@link #assignRows(SpectralMatrix, int, int, int[], double[], double[], long[])}, but with
     * {@code exact == false} only the cluster sums are accumulated: {@code dist} is not written and each row's upper
     * bound stays the bound of the test (or of the ranking), which saves the d multiply-adds per row of the exact
     * distance (the pass is then a plain read-and-add of every row). Labels, sums and counts are the same either way.
     * Without {@code exact} the rows are summed per cluster from zero, in row order, and the totals added to
     * {@code sums} at the end: bit-identical to adding the rows into {@code sums} directly when {@code sums} starts
     * at zero, as the fitter's chunk sums do.
     */
    void assignRows(SpectralMatrix data, int from, int to, int[] labels, double[] dist, double[] sums,
            long[] counts, boolean exact) {
        int[] todo = new int[Math.min(SPAN, to - from)];
        Ranking ranking = null;
        double[][] local = null;
        for (int start = from; start < to; start += SPAN) {
            int end = Math.min(to, start + SPAN);
            int m = 0;
            for (int row = start; row < end; row++) {
                if (bounded) {
                    int a = labels[row];
                    double l = lower[row] - (a == maxShiftIndex ? secondShift : maxShift);
                    l = l > 0 ? l : 0;
                    lower[row] = l;
                    double u = upper[row] + shift[a];
                    upper[row] = u;
                    double gap = 2 * halfGap[a];
                    if (keeps(u, l, gap)) {
                        continue;
                    }
                    // Hamerly's second test: tighten u to the exact distance (only a sample of rows while it rarely
                    // helps, see startPass)
                    if (tightenAll || (row & 7) == 0) {
                        u = Math.sqrt(NearestCentroid.exactSquaredDistance(data, row, centroids[a]));
                        upper[row] = u;
                        tightened.increment();
                        if (keeps(u, l, gap)) {
                            rescued.increment();
                            continue;
                        }
                    }
                }
                todo[m++] = row;
            }
            if (m > 0) {
                if (ranking == null) {
                    ranking = new Ranking(centroids.length, d, SPAN);
                }
                int undecided = m;
                int[] exactRows = todo;
                if (floatCentroids != null) {
                    undecided = rankInFloat(data, todo, m, labels, ranking);
                    exactRows = ranking.undecided;
                }
                rank(data, exactRows, undecided, labels, ranking);
                rankedRows.add(m);
                exactlyRanked.add(undecided);
            }
            if (exact) {
                for (int row = start; row < end; row++) {
                    int label = labels[row];
                    double own = addAndMeasure(data, row, centroids[label], sums, label * d);
                    counts[label]++;
                    dist[row] = own;
                    upper[row] = Math.sqrt(own);
                }
            } else {
                if (local == null) {
                    local = new double[centroids.length][d];
                }
                for (int row = start; row < end; row++) {
                    int label = labels[row];
                    add(data, row, local[label]);
                    counts[label]++;
                }
            }
        }
        if (local != null) {
            // one addition per entry: into the zeroed chunk sums of the fitter this is an exact copy
            for (int c = 0; c < local.length; c++) {
                double[] l = local[c];
                int o = c * d;
                for (int j = 0; j < d; j++) {
                    sums[o + j] += l[j];
                }
            }
        }
    }

    /**
     * Whether a pixel at most u from its own centroid a, at least l from every other centroid, and with 2 s(a) =
     * {@code gap}, certainly keeps a under plain Lloyd's rounded ranking.
     */
    private boolean keeps(double u, double l, double gap) {
        double fromGap = gap - u;
        double others = Math.max(l * l, fromGap > 0 ? fromGap * fromGap : 0);
        return others * (1 - RELATIVE_SLACK) - u * u * (1 + RELATIVE_SLACK) > rankingError;
    }

    /**
     * Adds row {@code row} to {@code sums[offset …]} and returns Σ (y − c)², both in one read of the row; the
     * arithmetic is that of {@link NearestCentroid#exactSquaredDistance} and of {@link NearestCentroid}'s sums, so
     * the results are bit-identical.
     */
    private static double addAndMeasure(SpectralMatrix data, int row, double[] c, double[] sums, int offset) {
        float[] blk = data.blockOf(row);
        int o = data.offsetOf(row);
        int d = c.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < d; j += 4) {
            double y0 = blk[o + j];
            double y1 = blk[o + j + 1];
            double y2 = blk[o + j + 2];
            double y3 = blk[o + j + 3];
            sums[offset + j] += y0;
            sums[offset + j + 1] += y1;
            sums[offset + j + 2] += y2;
            sums[offset + j + 3] += y3;
            double e0 = y0 - c[j];
            double e1 = y1 - c[j + 1];
            double e2 = y2 - c[j + 2];
            double e3 = y3 - c[j + 3];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
        }
        for (; j < d; j++) {
            double y = blk[o + j];
            sums[offset + j] += y;
            double e = y - c[j];
            s0 += e * e;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Adds row {@code row} to {@code sum}, a cluster's own array (one offset fewer in the loop than a flat K·d array:
     * about 15 % faster in a one-thread measurement, 75 against 90 ns per row at d = 100).
     */
    private void add(SpectralMatrix data, int row, double[] sum) {
        float[] blk = data.blockOf(row);
        int o = data.offsetOf(row);
        for (int j = 0; j < d; j++) {
            sum[j] += blk[o + j];
        }
    }

    /**
     * Ranks the listed rows in float32 ({@link FloatCentroidProjections}) and settles those whose nearest centroid is
     * certain: their label (the one plain Lloyd's double ranking gives) and bounds are set. The others are listed in
     * {@code r.undecided} for {@link #rank}; returns how many.
     *
     * <p>Why it is exact. Plain Lloyd ranks by D_c = fl(‖c‖² − 2 a_c) with a_c its double projection; here
     * F_c = fl(‖c‖² − 2 ã_c) with the float32 projection ã_c, and the same double ‖c‖². With S = Σ_j |c_j||y_j| ≤
     * C ‖y‖ (C bounding every ‖c‖), |ã_c − yᵀc| ≤ E(d)·S + A (A the underflow term) by
     * {@link FloatCentroidProjections}, |a_c − yᵀc| ≤ γ_d^(53)·S, and the two subtractions round by at most
     * 2⁻⁵³·(C + ‖y‖)² each, so |D_c − F_c| ≤ 2 E(d) C ‖y‖ + 2A + ε ≕ δ, where ε is the double ranking error of
     * {@link #startPass} (4 (d + 8) 2⁻⁵³ (C + max‖y‖)², which exceeds 2 γ_d^(53) S + 2·2⁻⁵³ (C + ‖y‖)²).
     *
     * <p>The ranking itself runs in float32 as well (so that C2 vectorises it): G_c = fl32(fl32(‖c‖²) − 2ã_c), where
     * 2ã_c is exact (no overflow, {@link FloatCentroidProjections#usable}). With u = 2⁻²⁴: |fl32(‖c‖²) − ‖c‖²| ≤
     * u C² + η, and the subtraction rounds by at most u (C²(1 + u) + 2|ã_c|) + η, |ã_c| ≤ C‖y‖(1 + E) + A; and
     * F_c itself differs from the real ‖c‖² − 2ã_c by at most 2⁻⁵³ of the same magnitude. All of this is at most
     * 3u (C + ‖y‖)² + 2A (since 2u + 2⁻⁵³ &lt; 3u and 2η ≤ A), which is added to δ: |D_c − G_c| ≤ δ' ≔ δ +
     * 3u (C + ‖y‖)² + 2A. On the benchmark data (C ≈ 3, ‖y‖ ≈ 10) the extra term is ≈ 3·10⁻⁵, a tenth of δ.
     *
     * <p>If the runner-up G_s exceeds the best G_b by more than 2δ', then for every c ≠ b, D_c ≥ G_c − δ' ≥ G_s − δ'
     * &gt; G_b + δ' ≥ D_b: plain Lloyd picks b too, strictly, so its tie rule does not matter; and b is the unique
     * index with G_b equal to the minimum, found afterwards by recomputing the same float expression. Near-ties
     * (gap ≤ 2δ', with a relative slack for the rounding of the test) go to the double ranking. The same δ' bounds
     * |G_c + ‖y‖² − ‖y − c‖²| (the errors of ‖y‖² and the additions are within ε), so u = √(G_b + ‖y‖² + δ') and
     * l = √(G_s + ‖y‖² − δ') are valid bounds.
     *
     * <p>On the benchmark data (d = 100, ‖y‖ ≈ 10, ‖c‖ ≈ 3) δ ≈ 4·10⁻⁴ against squared distances ≈ 100, so nearly
     * every pixel is settled here.
     */
    private int rankInFloat(SpectralMatrix data, int[] rows, int m, int[] labels, Ranking r) {
        int k = centroids.length;
        int block = FLOAT_BLOCK;
        FloatTransposedTile tile = r.floatTile;
        float[][] acc = r.floatAcc;
        float[] best = r.floatBest;
        float[] second = r.floatSecond;
        float[] norms = floatCentroidNorms;
        double relative = 2 * FloatCentroidProjections.relativeError(d) * maxCentroidNorm;
        double cmax = maxCentroidNorm;
        int undecided = 0;
        for (int t = 0; t < m; t += block) {
            int b = Math.min(block, m - t);
            tile.load(data, rows, t, b);
            FloatCentroidProjections.project(floatCentroids, tile, acc);
            Arrays.fill(best, 0, b, Float.POSITIVE_INFINITY);
            Arrays.fill(second, 0, b, Float.POSITIVE_INFINITY);
            for (int c = 0; c < k; c++) {
                float[] a = acc[c];
                float cn = norms[c];
                // float32 throughout and branch-free, so that C2 vectorises it: the new runner-up is the smaller of
                // the old runner-up and the larger of the old best and dd. The winner's index is found afterwards,
                // only for the pixels settled (their minimum is unique)
                for (int p = 0; p < b; p++) {
                    float dd = cn - 2 * a[p];
                    float old = best[p];
                    second[p] = Math.min(second[p], Math.max(old, dd));
                    best[p] = Math.min(old, dd);
                }
            }
            for (int p = 0; p < b; p++) {
                int row = rows[t + p];
                double yy = rowNorms[row];
                double ny = Math.sqrt(yy) * (1 + 1e-6);
                double absolute = FloatCentroidProjections.absoluteError(d, ny);
                double delta = relative * ny + 2 * absolute + rankingError
                        + 3 * FloatCentroidProjections.U * (cmax + ny) * (cmax + ny) + 2 * absolute;
                double bp = best[p];
                if (!(second[p] - bp > 2 * delta * (1 + RELATIVE_SLACK))) {
                    r.undecided[undecided++] = row;
                    continue;
                }
                // the same float expression as above: equal exactly at the (unique) minimum
                int label = 0;
                while (norms[label] - 2 * acc[label][p] != best[p]) {
                    label++;
                }
                labels[row] = label;
                double runnerUp = second[p] + yy - delta;
                lower[row] = runnerUp > 0 ? Math.sqrt(runnerUp) : 0;
                double own = bp + yy;
                upper[row] = Math.sqrt((own > 0 ? own : 0) + delta);
            }
        }
        return undecided;
    }

    /** Ranks the listed rows against every centroid, as {@link NearestCentroid}, and sets their lower bounds. */
    private void rank(SpectralMatrix data, int[] rows, int m, int[] labels, Ranking r) {
        int k = centroids.length;
        int block = NearestCentroid.BLOCK;
        TransposedTile tile = r.tile;
        double[][] acc = r.acc;
        double[] best = r.best;
        double[] second = r.second;
        double[] norm = r.norm;
        int[] bestIdx = r.bestIdx;
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
                // runner-up's squared distance ‖c‖² − 2 yᵀc + ‖y‖², less the error of both terms
                double runnerUp = second[p] + norm[p] - rankingError;
                lower[row] = runnerUp > 0 ? Math.sqrt(runnerUp) : 0;
                // the winner's squared distance plus the error of both terms bounds the exact distance from above
                double own = best[p] + norm[p];
                upper[row] = Math.sqrt((own > 0 ? own : 0) + rankingError);
            }
        }
    }

    /** Per-task scratch of {@link #rankInFloat} and {@link #rank}: one tile of pixels and its projections. */
    private static final class Ranking {
        final TransposedTile tile;
        final double[][] acc;
        final FloatTransposedTile floatTile;
        final float[][] floatAcc;
        final float[] floatBest = new float[FLOAT_BLOCK];
        final float[] floatSecond = new float[FLOAT_BLOCK];
        final int[] undecided;
        final double[] best = new double[FLOAT_BLOCK];
        final double[] second = new double[FLOAT_BLOCK];
        final double[] norm = new double[NearestCentroid.BLOCK];
        final int[] bestIdx = new int[FLOAT_BLOCK];

        Ranking(int k, int d, int span) {
            tile = new TransposedTile(d, NearestCentroid.BLOCK);
            acc = new double[k][NearestCentroid.BLOCK];
            floatTile = new FloatTransposedTile(d, FLOAT_BLOCK);
            floatAcc = new float[k][FLOAT_BLOCK];
            undecided = new int[span];
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
