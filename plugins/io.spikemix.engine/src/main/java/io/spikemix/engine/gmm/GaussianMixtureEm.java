package io.spikemix.engine.gmm;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.TransposedTile;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.spatial.NeighbourhoodEStep;

/**
 * The E- and M-steps of full-covariance Gaussian mixture EM over a {@link SpectralMatrix}, parallel and
 * deterministic.
 *
 * <p>Layout: pixels are cut into fixed chunks of {@link #CHUNK_ROWS} rows (independent of the thread count); the
 * responsibilities of chunk c live in {@code resp[c][(i − c·CHUNK_ROWS)·K + k]}. The E-step is parallel over chunks
 * and its per-chunk log-likelihood sums are added in chunk order. The M-step is parallel over components (and over
 * groups of covariance rows), each entry of a covariance being summed by one task over all pixels in row order, so
 * no partial d × d matrices are needed and the result does not depend on the thread count. The weights n_k and
 * the weighted sums for the means are summed per fixed block of {@link #SUM_BLOCK_CHUNKS} chunks and the blocks
 * added in order.
 *
 * <p>Kernels: the E-step loads 64 pixels at a time into a {@link TransposedTile} and computes every component's
 * Mahalanobis terms with {@link TriangularNorms}; the M-step packs √ρ (y − μ) of the pixels with ρ ≠ 0 into pixel
 * rows and accumulates the lower triangle of each scatter matrix with {@link LowerScatter}. Both are axpys over
 * separate {@code double[]}s indexed alike, which C2 vectorises (see {@link TransposedTile}). The tiles, pixel rows
 * and the K lower-triangle accumulators are allocated once per fit (per worker thread for the tiles); the data are
 * never copied.
 *
 * <p>Complexity per iteration: E-step O(N·K·d²/2), M-step O(N·K·d²/2 + K·d³/3); memory O(N·K + K·d²) (the
 * accumulators add K·d²/2 doubles to the components' 2·K·d²).
 */
final class GaussianMixtureEm {

    static final int CHUNK_ROWS = 1024;

    /** Chunks per block of the M-step's weighted sums; blocks are reduced in order (16 chunks: 16,384 rows). */
    static final int SUM_BLOCK_CHUNKS = 16;

    /** scikit-learn's guard that keeps every component's responsibility sum above zero. */
    private static final double NK_FLOOR = 10 * Math.ulp(1.0);

    private final SpectralMatrix data;
    private final int n;
    private final int d;
    private final int k;
    private final boolean zeroMean;
    private final double regCovar;
    private final ParallelTasks tasks;
    private final int chunks;
    private final double[] chunkLogLik;
    private final int[][] rowGroups;
    /** Per component, the lower triangle of Σ_i ρ_ic (y_i − μ_c)(y_i − μ_c)ᵀ; row i has length i + 1. */
    private final double[][][] scatter;
    private final ThreadLocal<Scratch> scratch;
    private final int sumBlocks;
    /** Per sum block, Σ ρ_ic y_i for every component c. */
    private final double[][][] blockSums;
    /** Per sum block, Σ ρ_ic for every component c. */
    private final double[][] blockWeights;

    /** Per-worker buffers, allocated once per thread and fit. */
    private static final class Scratch {
        static final int TILE_PIXELS = 64;

        final TransposedTile tile;
        final TriangularNorms norms = new TriangularNorms(TILE_PIXELS);
        final double[] q = new double[TILE_PIXELS];
        final double[][] pixelRows;

        Scratch(int d) {
            tile = new TransposedTile(d, TILE_PIXELS);
            pixelRows = new double[LowerScatter.tileRows(d)][d];
        }
    }

    GaussianMixtureEm(SpectralMatrix data, int k, boolean zeroMean, double regCovar, ParallelTasks tasks) {
        this.data = data;
        this.n = data.rows();
        this.d = data.cols();
        this.k = k;
        this.zeroMean = zeroMean;
        this.regCovar = regCovar;
        this.tasks = tasks;
        this.chunks = chunkCount(n);
        this.chunkLogLik = new double[chunks];
        this.rowGroups = rowGroups(d, Math.max(1, (2 * tasks.threads() + k - 1) / k));
        this.scatter = new double[k][d][];
        for (double[][] s : scatter) {
            for (int i = 0; i < d; i++) {
                s[i] = new double[i + 1];
            }
        }
        int dd = d;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(dd));
        this.sumBlocks = (chunks + SUM_BLOCK_CHUNKS - 1) / SUM_BLOCK_CHUNKS;
        this.blockSums = new double[sumBlocks][k][zeroMean ? 0 : d];
        this.blockWeights = new double[sumBlocks][k];
    }

    static int chunkCount(int rows) {
        return (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
    }

    static int chunkRows(int rows, int chunk) {
        return Math.min(CHUNK_ROWS, rows - chunk * CHUNK_ROWS);
    }

    /** Responsibility buffers for this data set, one array per chunk. */
    double[][] newResponsibilities() {
        double[][] resp = new double[chunks][];
        for (int c = 0; c < chunks; c++) {
            resp[c] = new double[chunkRows(n, c) * k];
        }
        return resp;
    }

    /**
     * E-step: responsibilities ρ_ik = π_k N(y_i | μ_k, Σ_k) / Σ_j π_j N(y_i | μ_j, Σ_j), normalised in the log
     * domain (log-sum-exp), written to {@code resp}.
     *
     * @return the mean log-likelihood (1/N) Σ_i ln Σ_k π_k N(y_i | μ_k, Σ_k)
     */
    double eStep(GaussianComponents comps, double[][] resp, ProgressMonitor monitor) throws CanceledException {
        tasks.run(chunks, (c, cancel) -> {
            Scratch s = scratch.get();
            int r0 = c * CHUNK_ROWS;
            int rows = chunkRows(n, c);
            double[] lp = resp[c];
            comps.weightedLogDensities(data, r0, r0 + rows, lp, s.tile, s.norms, s.q);
            chunkLogLik[c] = normalizeRows(lp, rows, k);
        }, monitor);
        double sum = 0;
        for (double v : chunkLogLik) {
            sum += v;
        }
        return sum / n;
    }

    /**
     * The E-step of neighbourhood EM (method.md §8): the weighted log-densities ln π_k N(y_i | μ_k, Σ_k) of every
     * pixel into {@code scores}, then {@code estep} moves {@code resp} (the last E-step's ρ, or the plain posterior
     * when {@code fromPosterior}) towards the maximum of U.
     *
     * @return the penalised criterion U(ρ, θ) of eq. 36 per pixel, U/N (at β = 0 the mean log-likelihood)
     */
    double spatialEStep(GaussianComponents comps, double[][] scores, double[][] resp, NeighbourhoodEStep estep,
            boolean fromPosterior, ProgressMonitor monitor) throws CanceledException {
        tasks.run(chunks, (c, cancel) -> {
            Scratch s = scratch.get();
            int r0 = c * CHUNK_ROWS;
            comps.weightedLogDensities(data, r0, r0 + chunkRows(n, c), scores[c], s.tile, s.norms, s.q);
        }, monitor);
        return estep.run(scores, resp, fromPosterior) / n;
    }

    /**
     * Turns each row of weighted log-densities into responsibilities in place and returns Σ_rows log-sum-exp.
     */
    static double normalizeRows(double[] lp, int rows, int k) {
        double total = 0;
        for (int i = 0; i < rows; i++) {
            int o = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, lp[o + c]);
            }
            double s = 0;
            for (int c = 0; c < k; c++) {
                s += Math.exp(lp[o + c] - max);
            }
            double lse = max + Math.log(s);
            for (int c = 0; c < k; c++) {
                lp[o + c] = Math.exp(lp[o + c] - lse);
            }
            total += lse;
        }
        return total;
    }

    /**
     * M-step: weights π_k = n_k/N, means μ_k = Σ_i ρ_ik y_i / n_k (0 with zeroMean), covariances
     * Σ_k = Σ_i ρ_ik (y_i − μ_k)(y_i − μ_k)ᵀ / n_k + regCovar·I, with n_k = Σ_i ρ_ik + 10ε.
     *
     * @return indices of components that needed more than regCovar to be positive definite
     */
    int[] mStep(GaussianComponents comps, double[][] resp, ProgressMonitor monitor) throws CanceledException {
        tasks.run(sumBlocks, (b, cancel) -> weightedSums(resp, b), monitor);
        double[] nk = new double[k];
        for (int c = 0; c < k; c++) {
            double s = 0;
            double[] mu = comps.means[c];
            java.util.Arrays.fill(mu, 0.0);
            for (int b = 0; b < sumBlocks; b++) {
                s += blockWeights[b][c];
                if (!zeroMean) {
                    double[] part = blockSums[b][c];
                    for (int j = 0; j < d; j++) {
                        mu[j] += part[j];
                    }
                }
            }
            nk[c] = s + NK_FLOOR;
            for (int j = 0; j < d; j++) {
                mu[j] /= nk[c];
            }
        }
        int groups = rowGroups.length;
        tasks.run(k * groups, (t, cancel) -> scatterRows(comps, resp, t / groups, rowGroups[t % groups], cancel),
                monitor);
        boolean[] extra = new boolean[k];
        tasks.run(k, (c, cancel) -> {
            double[] cov = comps.covariances[c];
            double[][] s = scatter[c];
            double inv = 1 / nk[c];
            for (int i = 0; i < d; i++) {
                double[] row = s[i];
                for (int j = 0; j <= i; j++) {
                    double v = row[j] * inv;
                    cov[i * d + j] = v;
                    cov[j * d + i] = v;
                }
            }
            comps.weights[c] = nk[c] / n;
            extra[c] = comps.finishComponent(c, regCovar);
        }, monitor);
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (extra[c]) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Σ_i ρ_ic and Σ_i ρ_ic y_i over the rows of sum block b ({@link #SUM_BLOCK_CHUNKS} chunks), for all components
     * at once: each row is converted to double once and added to four components' sums per sweep, an axpy over the
     * features that C2 vectorises (see {@link TransposedTile}).
     */
    private void weightedSums(double[][] resp, int b) {
        double[] weights = blockWeights[b];
        double[][] sums = blockSums[b];
        java.util.Arrays.fill(weights, 0.0);
        for (double[] sum : sums) {
            java.util.Arrays.fill(sum, 0.0);
        }
        double[] row = scratch.get().pixelRows[0];
        int chEnd = Math.min(chunks, (b + 1) * SUM_BLOCK_CHUNKS);
        for (int ch = b * SUM_BLOCK_CHUNKS; ch < chEnd; ch++) {
            double[] r = resp[ch];
            int rows = chunkRows(n, ch);
            for (int i = 0; i < rows; i++) {
                int ro = i * k;
                for (int c = 0; c < k; c++) {
                    weights[c] += r[ro + c];
                }
                if (zeroMean) {
                    continue;
                }
                data.getRow(ch * CHUNK_ROWS + i, row);
                int c = 0;
                for (; c + 3 < k; c += 4) {
                    double w0 = r[ro + c];
                    double w1 = r[ro + c + 1];
                    double w2 = r[ro + c + 2];
                    double w3 = r[ro + c + 3];
                    double[] s0 = sums[c];
                    double[] s1 = sums[c + 1];
                    double[] s2 = sums[c + 2];
                    double[] s3 = sums[c + 3];
                    for (int j = 0; j < d; j++) {
                        double v = row[j];
                        s0[j] += w0 * v;
                        s1[j] += w1 * v;
                        s2[j] += w2 * v;
                        s3[j] += w3 * v;
                    }
                }
                for (; c < k; c++) {
                    double w0 = r[ro + c];
                    double[] s0 = sums[c];
                    for (int j = 0; j < d; j++) {
                        s0[j] += w0 * row[j];
                    }
                }
            }
        }
    }

    /**
     * Lower-triangle rows {@code [group[0], group[1])} of Σ_i ρ_ic (y_i − μ_c)(y_i − μ_c)ᵀ into {@code scatter[c]}.
     * Pixels with ρ_ic = 0 contribute nothing and are skipped; the others are packed, in row order, as pixel rows
     * w_p = √ρ (y − μ) (features below group[1] only) and added a tile at a time by {@link LowerScatter}.
     */
    private void scatterRows(GaussianComponents comps, double[][] resp, int c, int[] group, ParallelTasks.Cancel cancel)
            throws CanceledException {
        int i0 = group[0];
        int i1 = group[1];
        double[][] s = scatter[c];
        for (int i = i0; i < i1; i++) {
            java.util.Arrays.fill(s[i], 0.0);
        }
        double[] mu = comps.means[c];
        double[][] w = scratch.get().pixelRows;
        int bMax = w.length;
        int b = 0;
        for (int ch = 0; ch < chunks; ch++) {
            if ((ch & 15) == 0) {
                cancel.check();
            }
            double[] r = resp[ch];
            int rows = chunkRows(n, ch);
            int r0 = ch * CHUNK_ROWS;
            for (int i = 0; i < rows; i++) {
                double weight = r[i * k + c];
                if (weight == 0) {
                    continue;
                }
                double sw = Math.sqrt(weight);
                float[] blk = data.blockOf(r0 + i);
                int o = data.offsetOf(r0 + i);
                double[] row = w[b];
                for (int j = 0; j < i1; j++) {
                    row[j] = sw * (blk[o + j] - mu[j]);
                }
                if (++b == bMax) {
                    LowerScatter.accumulate(s, w, b, i0, i1);
                    b = 0;
                }
            }
        }
        if (b > 0) {
            LowerScatter.accumulate(s, w, b, i0, i1);
        }
    }

    /** Splits rows 0..d of a lower triangle (row i holds i + 1 entries) into {@code groups} ranges of equal area. */
    static int[][] rowGroups(int d, int groups) {
        int g = Math.min(groups, d);
        double total = d * (d + 1) / 2.0;
        int[][] out = new int[g][2];
        int start = 0;
        double area = 0;
        int idx = 0;
        // the last row always stays for the last group, so no group is empty
        for (int j = 0; j < d - 1 && idx < g - 1; j++) {
            area += j + 1;
            if (area >= total * (idx + 1) / g) {
                out[idx][0] = start;
                out[idx][1] = j + 1;
                start = j + 1;
                idx++;
            }
        }
        out[idx][0] = start;
        out[idx][1] = d;
        if (idx < g - 1) {
            int[][] trimmed = new int[idx + 1][];
            System.arraycopy(out, 0, trimmed, 0, idx + 1);
            return trimmed;
        }
        return out;
    }

    SpectralMatrix data() {
        return data;
    }
}
