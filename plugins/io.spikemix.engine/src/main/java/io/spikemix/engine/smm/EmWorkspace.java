package io.spikemix.engine.smm;

import java.util.concurrent.ConcurrentLinkedQueue;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.spatial.NeighbourhoodEStep;

/**
 * The data passes of EM over a float32 {@link SpectralMatrix}, multi-threaded over fixed blocks of
 * {@link #BLOCK_ROWS} pixels with partial sums reduced in block order (see {@link BlockExecutor}), so results are
 * bit-identical for any thread count.
 *
 * <p>Holds what one fit needs besides the data, which are only read: ‖y_i‖² per pixel and the responsibilities
 * ρ_ik of the last E-step (N·K doubles). One E-step pass also accumulates what the M-step needs (method.md §2):
 * γ_k = Σ_i ρ_ik and either the matrices A_k = Σ_i ρ_ik y_i y_iᵀ (dense mode, packed lower triangles, N·K·d²/2
 * multiply-adds) or the products A_k v_k with the current directions (iterative mode, 2·N·K·d more flops), which
 * are the first Lanczos step of the next M-step. Lemma IV.1: pixels with ρ_ik &lt; τ are left out of A_k.
 *
 * <p>Iterative mode can also keep, per pixel and component, the projections y_iᵀq_j on the Krylov vectors of the
 * current M-step (N·K·{@link #slots} doubles): the E-step's projections on the directions it starts from, then
 * those of every {@link #products} and {@link #quadraticForms} pass. The M-step's new directions are combinations
 * of these vectors, so the E-step that follows computes its projections from the kept ones
 * ({@link #expectation(SmmParameters, double[][])}) instead of from the data.
 *
 * <p>Each block is processed in {@link PixelTile}s of 64 pixels: the pixels are widened to double once, then the
 * projections on all vectors and the weighted sums for all components run as SIMD-compiled kernels over the tile
 * (see {@link PixelTile} for the layout and why), so one pass reads every pixel once for all K components. The
 * E-step that reuses kept projections needs only the pixel-major half of the tile. A block
 * collects its weighted sums in per-component arrays and adds them to its partial-sum slot at the end; the
 * per-worker buffers ({@code Scratch}: 2·64·d + K·d + O(K·64) doubles) are made once per fit.
 */
final class EmWorkspace {

    /** Pixels per block; fixed so the reduction order never depends on the thread count. */
    static final int BLOCK_ROWS = 2048;

    final SpectralMatrix data;
    final int n;
    final int d;
    final int k;
    final int blocks;
    final boolean dense;
    final double tau;
    final double sumSq;
    /** Krylov vectors per M-step whose projections are kept (iterative mode), 0 for none. */
    final int slots;
    private final double[][] rowSq;
    private final double[][] resp;
    /** Spatial fits only: per block the log-scores l_ik of the last scoring pass (method.md eq. 37), else null. */
    private final double[][] scores;
    /**
     * Iterative mode, per block: the projections y_iᵀq_j of pixel i on the Krylov vectors q_0, q_1, … of component c
     * in the current M-step, at index (j·K + c)·rows + i (q_0 is the direction of the last E-step): one run of
     * pixels per vector and component, so a pass writes and the E-step reads contiguous runs.
     */
    private final double[][] krylov;
    /** Iterative mode, per block: whether a product pass left out tile t of component c (index t·K + c). */
    private final boolean[][] leftOut;
    private final BlockExecutor executor;
    /** Scratch not in use; a block task takes one (or makes one) and returns it, so there are at most as many as threads. */
    private final ConcurrentLinkedQueue<Scratch> scratch = new ConcurrentLinkedQueue<>();

    /** What one E-step pass returns. */
    static final class Expectation {
        final double logLikelihood;
        final double[] gamma;
        /** Dense mode: A_k packed, element (j, l ≤ j) of A_k at index k·d(d+1)/2 + j(j+1)/2 + l. */
        final double[] scatter;
        /** Iterative mode: (A_k v_k)[j] at index k·d + j. */
        final double[] products;

        Expectation(double logLikelihood, double[] gamma, double[] scatter, double[] products) {
            this.logLikelihood = logLikelihood;
            this.gamma = gamma;
            this.scatter = scatter;
            this.products = products;
        }
    }

    /**
     * @param krylovSteps iterative mode: the most Krylov vectors per M-step whose projections are kept so that the
     *                    next E-step can reuse them (see {@link #expectation(SmmParameters, double[][])}); 0 keeps
     *                    none
     */
    EmWorkspace(SpectralMatrix data, DataSummary summary, int k, boolean dense, double delta, int krylovSteps,
            BlockExecutor executor) {
        this(data, summary, k, dense, delta, krylovSteps, false, executor);
    }

    /**
     * @param spatial keep the log-scores of every pixel (N·K more doubles) for {@link #spatialExpectation}
     */
    EmWorkspace(SpectralMatrix data, DataSummary summary, int k, boolean dense, double delta, int krylovSteps,
            boolean spatial, BlockExecutor executor) {
        this.data = data;
        this.n = data.rows();
        this.d = data.cols();
        this.k = k;
        this.dense = dense;
        this.executor = executor;
        this.blocks = summary.rowSq.length;
        this.rowSq = summary.rowSq;
        this.sumSq = summary.sumSq;
        this.tau = delta / sumSq;
        this.slots = dense ? 0 : Math.max(0, krylovSteps);
        this.resp = new double[blocks][];
        this.krylov = new double[blocks][];
        this.leftOut = new boolean[blocks][];
        this.scores = spatial ? new double[blocks][] : null;
        for (int b = 0; b < blocks; b++) {
            resp[b] = new double[rowsIn(b) * k];
            if (spatial) {
                scores[b] = new double[rowsIn(b) * k];
            }
            krylov[b] = new double[rowsIn(b) * k * slots];
            leftOut[b] = new boolean[tilesIn(b) * k];
        }
    }

    private int tilesIn(int block) {
        return (rowsIn(block) + PixelTile.ROWS - 1) / PixelTile.ROWS;
    }

    int rowsIn(int block) {
        return Math.min(BLOCK_ROWS, n - block * BLOCK_ROWS);
    }

    /** Responsibilities of the last E-step for pixels of one block, row-major rows × K. */
    double[] responsibilities(int block) {
        return resp[block];
    }

    /** One E-step with parameters {@code p}: stores ρ and returns L(θ), γ and the M-step sums. */
    Expectation expectation(SmmParameters p) throws CanceledException {
        return expectation(p, null);
    }

    /**
     * One E-step right after an iterative M-step whose directions are combinations of its Krylov vectors,
     * v_c = Σ_j coefficients[c][j]·q_j (as {@link Lanczos.Result#coefficients}, with the M-step's sign flips applied).
     * The projections y_iᵀv_c are then Σ_j coefficients[c][j]·(y_iᵀq_j) from the kept projections of the M-step's
     * passes (3·K multiply-adds per pixel instead of K·d); only tiles a product pass left out (all their ρ_ic
     * below τ) are projected afresh. The pass then needs the pixel-major tile alone, for the weighted sums.
     *
     * <p>The result equals the plain E-step's up to rounding (each projection to within a few ulps of ‖y_i‖), not
     * bit for bit.
     *
     * @param coefficients null for the plain E-step, else one array of at most {@link #slots} coefficients per
     *                     component
     */
    Expectation expectation(SmmParameters p, double[][] coefficients) throws CanceledException {
        if (coefficients != null) {
            if (slots == 0 || coefficients.length != k) {
                throw new IllegalStateException("Krylov coefficients need kept projections and one array per component");
            }
            for (double[] c : coefficients) {
                if (c.length < 1 || c.length > slots) {
                    throw new IllegalStateException("at most " + slots + " Krylov coefficients per component, got "
                            + c.length);
                }
            }
        }
        ComponentScorer scorer = new ComponentScorer(p);
        int tri = d * (d + 1) / 2;
        int extra = dense ? tri * k : d * k;
        double[] total = new double[1 + k + extra];
        executor.reduce(blocks, total, (b, slot) -> expectationBlock(scorer, coefficients, false, b, slot));
        double[] gamma = java.util.Arrays.copyOfRange(total, 1, 1 + k);
        double[] rest = java.util.Arrays.copyOfRange(total, 1 + k, total.length);
        return new Expectation(total[0], gamma, dense ? rest : null, dense ? null : rest);
    }

    /**
     * The E-step of neighbourhood EM (method.md §8) with parameters {@code p}: a scoring pass stores the log-scores
     * l_ik of every pixel, {@code estep} turns them into ρ (from the stored ρ of the last E-step, or from the plain
     * posterior), and a second pass computes the M-step's sums from the new ρ. Two data passes; the projections on
     * p's directions are kept as Krylov vector 0 (as by the plain E-step), but the next E-step does not reuse them.
     *
     * @return with the penalised criterion U(ρ, θ) of eq. 36 (the common terms of {@link
     *         ComponentScorer#commonTerm} added back, so that at β = 0 it is L(θ)) in place of the log-likelihood
     */
    Expectation spatialExpectation(SmmParameters p, NeighbourhoodEStep estep, boolean fromPosterior)
            throws CanceledException {
        if (scores == null) {
            throw new IllegalStateException("a spatial E-step needs a workspace that keeps scores");
        }
        ComponentScorer scorer = new ComponentScorer(p);
        double[] common = new double[1];
        executor.reduce(blocks, common, (b, slot) -> scoreBlock(scorer, b, slot));
        double u = estep.run(scores, resp, fromPosterior) + common[0];
        int extra = dense ? d * (d + 1) / 2 * k : d * k;
        double[] total = new double[1 + k + extra];
        executor.reduce(blocks, total, (b, slot) -> expectationBlock(scorer, null, true, b, slot));
        double[] gamma = java.util.Arrays.copyOfRange(total, 1, 1 + k);
        double[] rest = java.util.Arrays.copyOfRange(total, 1 + k, total.length);
        return new Expectation(u, gamma, dense ? rest : null, dense ? null : rest);
    }

    /** Log-scores of every pixel of block b into {@link #scores}; slot[0] += the pixels' common terms. */
    private void scoreBlock(ComponentScorer scorer, int b, double[] slot) {
        Scratch s = takeScratch();
        java.util.Arrays.fill(s.skip, false);
        double[] sq = rowSq[b];
        double[] out = scores[b];
        double common = 0;
        int rows = rowsIn(b);
        for (int i0 = 0; i0 < rows; i0 += PixelTile.ROWS) {
            int t = Math.min(PixelTile.ROWS, rows - i0);
            s.tile.load(data, b * BLOCK_ROWS + i0, t);
            s.tile.dots(scorer.directions, k, s.skip, s.proj);
            for (int i = 0; i < t; i++) {
                scorer.logScores(s.proj, i, out, (i0 + i) * k);
                common += scorer.commonTerm(sq[i0 + i]);
            }
        }
        slot[0] = common;
        scratch.add(s);
    }

    /**
     * @param stored take ρ from {@link #resp} (a spatial E-step's) instead of scoring the pixels; the pass then only
     *               computes γ and the M-step sums
     */
    private void expectationBlock(ComponentScorer scorer, double[][] coefficients, boolean stored, int b,
            double[] slot) {
        Scratch s = takeScratch();
        PixelTile tile = s.tile;
        double[][] proj = s.proj;
        double[] rho = s.rho;
        double[] w = s.weights;
        boolean[] reuse = s.skip;
        double[] r = resp[b];
        double[] kr = krylov[b];
        double[] sq = rowSq[b];
        int base = 1 + k;
        s.clearSums(dense ? 0 : k);
        double ll = 0;
        int rows = rowsIn(b);
        for (int i0 = 0; i0 < rows; i0 += PixelTile.ROWS) {
            int t = Math.min(PixelTile.ROWS, rows - i0);
            tile.loadRows(data, b * BLOCK_ROWS + i0, t);
            boolean project = false;
            for (int c = 0; c < k; c++) {
                reuse[c] = coefficients != null
                        && (coefficients[c].length == 1 || !leftOut[b][(i0 / PixelTile.ROWS) * k + c]);
                project |= !reuse[c];
            }
            // with stored ρ only the iterative mode's weighted sums need the projections
            project &= !(stored && dense);
            if (project) {
                tile.fillColumns();
                tile.dots(scorer.directions, k, reuse, proj);
            }
            for (int c = 0; c < k; c++) {
                if (reuse[c]) {
                    combine(coefficients[c], kr, rows, i0, t, c, proj[c]);
                }
                if (slots > 0) {
                    System.arraycopy(proj[c], 0, kr, c * rows + i0, t);
                }
            }
            for (int i = 0; i < t; i++) {
                if (stored) {
                    System.arraycopy(r, (i0 + i) * k, rho, 0, k);
                } else {
                    ll += scorer.scoreDots(proj, i, sq[i0 + i], rho);
                    System.arraycopy(rho, 0, r, (i0 + i) * k, k);
                }
                for (int c = 0; c < k; c++) {
                    slot[1 + c] += rho[c];
                    double keep = rho[c] >= tau && rho[c] > 0 ? rho[c] : 0;
                    w[i * k + c] = dense ? keep : keep * proj[c][i];
                }
            }
            if (dense) {
                for (int i = 0; i < t; i++) {
                    addScatter(tile.rows[i], w, i * k, slot, base);
                }
            } else {
                tile.accumulate(w, k, s.sums);
            }
        }
        if (!dense) {
            s.addSums(k, slot, base);
        }
        slot[0] = ll;
        scratch.add(s);
    }

    /** out[i] = Σ_j coef[j]·(y_iᵀq_j) for the t pixels from i0 of a block of {@code rows}, component c, j in order. */
    private void combine(double[] coef, double[] kr, int rows, int i0, int t, int c, double[] out) {
        int o = c * rows + i0;
        double a = coef[0];
        for (int i = 0; i < t; i++) {
            out[i] = a * kr[o + i];
        }
        for (int j = 1; j < coef.length; j++) {
            o = (j * k + c) * rows + i0;
            a = coef[j];
            for (int i = 0; i < t; i++) {
                out[i] += a * kr[o + i];
            }
        }
    }

    private Scratch takeScratch() {
        Scratch s = scratch.poll();
        return s != null ? s : new Scratch(d, k);
    }

    /** slot[base + c·d(d+1)/2 + j(j+1)/2 + l] += w_c·y_j·y_l for l ≤ j, with w_c at w[woff + c]. */
    private void addScatter(double[] y, double[] w, int woff, double[] slot, int base) {
        int tri = d * (d + 1) / 2;
        for (int c = 0; c < k; c++) {
            double wc = w[woff + c];
            if (wc == 0) {
                continue;
            }
            int t = base + c * tri;
            for (int j = 0; j < d; j++) {
                double a = wc * y[j];
                for (int l = 0; l <= j; l++) {
                    slot[t + l] += a * y[l];
                }
                t += j + 1;
            }
        }
    }

    /**
     * One pass computing A_k q for the components {@code comps} with the stored responsibilities:
     * A_k q = Σ_i ρ_ik (y_iᵀq) y_i (Lemma IV.1 threshold τ applied). Cost 4·N·d·m flops for m components. Keeps the
     * projections y_iᵀq as Krylov vector {@code index} when index &lt; {@link #slots}.
     *
     * @param comps   component indices
     * @param vectors one d-vector per entry of {@code comps}
     * @param index   the vectors' number in their Krylov bases (0 is the start)
     * @return one product per entry of {@code comps}
     */
    double[][] products(int[] comps, double[][] vectors, int index) throws CanceledException {
        int m = comps.length;
        double[] total = new double[d * m];
        executor.reduce(blocks, total, (b, slot) -> {
            Scratch s = takeScratch();
            s.clearSums(m);
            forEachProjectedTile(comps, vectors, index, b, s, t -> {
                for (int c = 0; c < m; c++) {
                    if (!s.skip[c]) {
                        for (int i = 0; i < t; i++) {
                            s.weights[i * m + c] *= s.proj[c][i];
                        }
                    }
                }
                s.tile.accumulate(s.weights, m, s.sums);
            });
            s.addSums(m, slot, 0);
            scratch.add(s);
        });
        double[][] out = new double[m][];
        for (int c = 0; c < m; c++) {
            out[c] = java.util.Arrays.copyOfRange(total, c * d, (c + 1) * d);
        }
        return out;
    }

    /**
     * One pass computing only the quadratic forms qᵀA_k q = Σ_i ρ_ik (y_iᵀq)² (Lemma IV.1 threshold τ applied):
     * the projections without the weighted sums, 2·N·d·m flops for m components. Keeps the projections as
     * {@link #products} does.
     */
    double[] quadraticForms(int[] comps, double[][] vectors, int index) throws CanceledException {
        int m = comps.length;
        double[] total = new double[m];
        executor.reduce(blocks, total, (b, slot) -> {
            Scratch s = takeScratch();
            forEachProjectedTile(comps, vectors, index, b, s, t -> {
                for (int c = 0; c < m; c++) {
                    if (!s.skip[c]) {
                        double[] p = s.proj[c];
                        double sum = 0;
                        for (int i = 0; i < t; i++) {
                            sum += s.weights[i * m + c] * p[i] * p[i];
                        }
                        slot[c] += sum;
                    }
                }
            });
            scratch.add(s);
        });
        return total;
    }

    /** What a product pass does with a projected tile of t pixels (weights, skips and projections in the scratch). */
    @FunctionalInterface
    private interface TileAction {
        void apply(int t);
    }

    /** Runs {@code action} on every tile of block b, in order, that {@link #project} does not leave out entirely. */
    private void forEachProjectedTile(int[] comps, double[][] vectors, int index, int b, Scratch s, TileAction action) {
        int rows = rowsIn(b);
        for (int i0 = 0; i0 < rows; i0 += PixelTile.ROWS) {
            if (project(comps, vectors, index, b, i0, s)) {
                action.apply(s.tile.count());
            }
        }
    }

    /**
     * The shared start of a product pass for the tile at row i0 of block b: the kept weights ρ_ic into
     * {@code s.weights} (row-major t × m), which components the tile leaves out ({@code s.skip}, all weights zero),
     * and, unless all are left out, the tile's projections on the vectors into {@code s.proj}, kept as Krylov vector
     * {@code index}.
     *
     * @return false when the tile is left out for every component (nothing loaded)
     */
    private boolean project(int[] comps, double[][] vectors, int index, int b, int i0, Scratch s) {
        int m = comps.length;
        int t = Math.min(PixelTile.ROWS, rowsIn(b) - i0);
        double[] r = resp[b];
        double[] w = s.weights;
        boolean[] skip = s.skip;
        int tileIndex = i0 / PixelTile.ROWS;
        boolean any = false;
        for (int c = 0; c < m; c++) {
            boolean none = true;
            for (int i = 0; i < t; i++) {
                double rho = r[(i0 + i) * k + comps[c]];
                double keep = rho >= tau && rho > 0 ? rho : 0;
                w[i * m + c] = keep;
                none &= keep == 0;
            }
            skip[c] = none;
            leftOut[b][tileIndex * k + comps[c]] = none;
            any |= !none;
        }
        if (!any) {
            return false;
        }
        s.tile.load(data, b * BLOCK_ROWS + i0, t);
        s.tile.dots(vectors, m, skip, s.proj);
        if (index < slots) {
            int rows = rowsIn(b);
            for (int c = 0; c < m; c++) {
                if (!skip[c]) {
                    System.arraycopy(s.proj[c], 0, krylov[b], (index * k + comps[c]) * rows + i0, t);
                }
            }
        }
        return true;
    }

    /**
     * What one block task needs besides the data: a tile, its projections and weights, and the block's weighted
     * sums, one array per component so that {@link PixelTile#accumulate} indexes every array alike. Made once per
     * worker (at most as many as threads) and reused for every block and pass of the fit.
     */
    private static final class Scratch {
        final PixelTile tile;
        final double[][] proj;
        final double[] weights;
        final double[] rho;
        final boolean[] skip;
        final double[][] sums;

        Scratch(int d, int k) {
            tile = new PixelTile(d);
            proj = new double[k][PixelTile.ROWS];
            weights = new double[k * PixelTile.ROWS];
            rho = new double[k];
            skip = new boolean[k];
            sums = new double[k][d];
        }

        void clearSums(int m) {
            for (int c = 0; c < m; c++) {
                java.util.Arrays.fill(sums[c], 0.0);
            }
        }

        /** slot[base + c·d + j] += sums[c][j]: the block's sums enter its zeroed slot whole, in component order. */
        void addSums(int m, double[] slot, int base) {
            int d = tile.d;
            for (int c = 0; c < m; c++) {
                double[] sc = sums[c];
                int o = base + c * d;
                for (int j = 0; j < d; j++) {
                    slot[o + j] += sc[j];
                }
            }
        }
    }

    /** The stored responsibilities of all pixels, row-major N × K (a copy). */
    double[] allResponsibilities() {
        double[] out = new double[n * k];
        for (int b = 0; b < blocks; b++) {
            System.arraycopy(resp[b], 0, out, b * BLOCK_ROWS * k, resp[b].length);
        }
        return out;
    }

    /** Argmax of the stored responsibilities per pixel (first maximum on ties). */
    int[] labels() {
        int[] labels = new int[n];
        for (int b = 0; b < blocks; b++) {
            double[] r = resp[b];
            for (int i = 0, rows = rowsIn(b); i < rows; i++) {
                labels[b * BLOCK_ROWS + i] = argmax(r, i * k, k);
            }
        }
        return labels;
    }

    static int argmax(double[] values, int off, int len) {
        int best = 0;
        for (int c = 1; c < len; c++) {
            if (values[off + c] > values[off + best]) {
                best = c;
            }
        }
        return best;
    }
}
