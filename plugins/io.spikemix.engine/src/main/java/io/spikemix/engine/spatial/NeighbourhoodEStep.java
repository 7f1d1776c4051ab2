package io.spikemix.engine.spatial;

import java.util.Objects;
import java.util.function.IntConsumer;

import io.spikemix.engine.progress.CanceledException;

/**
 * The E-step of neighbourhood EM (Ambroise, Dang and Govaert 1997; method.md §8): given every pixel's log-scores
 * l_ik = ln π_k p(y_i | z = k) (up to a constant per pixel), it moves the responsibilities ρ towards a maximum of
 * the penalised criterion
 *
 * <pre>  U(ρ, θ) = Σ_i Σ_k ρ_ik (l_ik − ln ρ_ik) + (β/2) Σ_i Σ_{j∈V(i)} Σ_k ρ_ik ρ_jk          (method.md eq. 36)</pre>
 *
 * over ρ, θ fixed, and returns U.
 *
 * <p>Why a coloured Gauss–Seidel sweep and not the synchronous (Jacobi) fixed point of the paper by Ambroise et
 * al.: for one pixel i, with all other rows fixed, U is maximised exactly by ρ_ik ∝ exp(l_ik + β Σ_{j∈V(i)} ρ_jk)
 * (eq. 37; the ½ cancels because V is symmetric), so updating a set of pixels no two of which are neighbours is
 * exact block-coordinate ascent and cannot decrease U. The Jacobi update changes neighbours together and can make U
 * oscillate. The grid's colouring ({@link Neighbourhood#colour}) gives such sets; the pixels of a colour are
 * updated together, colour after colour, {@link #SWEEPS} times (eq. 38). Within a colour every update reads only
 * rows of other colours, so the result is the same whatever thread updates which pixel, and in whatever order:
 * bit-identical for any thread count. Starting from the previous E-step's ρ, U(ρ_{t+1}, θ_{t+1}) ≥
 * U(ρ_t, θ_{t+1}) ≥ U(ρ_t, θ_t), because the M-step does not decrease Σ ρ ln π p for fixed ρ and the penalty does
 * not depend on θ: the criterion never decreases over EM iterations.
 *
 * <p>Layout: as the fitters keep them, rows in fixed blocks of {@code blockRows}, row r of the data at
 * {@code [r / blockRows][(r % blockRows)·K + k]}. Cost per sweep: N·K·(|V| + 1) multiply-adds and N·K exponentials;
 * no memory besides K doubles per task and one double per chunk of {@link #CHUNK} rows.
 */
public final class NeighbourhoodEStep {

    /**
     * Colour sweeps per E-step. Ambroise et al. iterate the fixed point a few times per E-step; since each sweep
     * here already raises U, any number keeps EM monotone, and more sweeps only bring ρ closer to the E-step's
     * fixed point for the current θ (the next E-step continues from there).
     */
    public static final int SWEEPS = 5;

    /** Rows per parallel task; fixed, so the order of the criterion's partial sums never depends on threads. */
    static final int CHUNK = 4096;

    /** Runs task(0) … task(count − 1), each exactly once, possibly in parallel, checking for cancellation. */
    @FunctionalInterface
    public interface ParallelLoop {
        void forEach(int count, IntConsumer task) throws CanceledException;
    }

    private final SpatialGrid grid;
    private final int k;
    private final int blockRows;
    private final double beta;
    private final ParallelLoop loop;

    /**
     * @param grid      the neighbour lists of the N fitted rows
     * @param k         components
     * @param blockRows rows per block of the fitter's layout
     * @param beta      β &gt; 0
     * @param loop      the fitter's threads
     */
    public NeighbourhoodEStep(SpatialGrid grid, int k, int blockRows, double beta, ParallelLoop loop) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.k = k;
        this.blockRows = blockRows;
        this.beta = beta;
        this.loop = Objects.requireNonNull(loop, "loop");
    }

    /**
     * Runs the E-step.
     *
     * @param scores        l_ik, read only
     * @param resp          in: ρ to start from (ignored when {@code fromPosterior}); out: the new ρ
     * @param fromPosterior start from the plain posterior ρ_ik ∝ exp(l_ik) (a new start of EM, which has no
     *                      previous ρ)
     * @return U(ρ, θ) of eq. 36 with the scores as given
     */
    public double run(double[][] scores, double[][] resp, boolean fromPosterior) throws CanceledException {
        int n = grid.rows();
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (fromPosterior) {
            loop.forEach(chunks, c -> {
                double[] a = new double[k];
                for (int r = c * CHUNK, end = Math.min(n, r + CHUNK); r < end; r++) {
                    int b = r / blockRows;
                    int o = (r % blockRows) * k;
                    System.arraycopy(scores[b], o, a, 0, k);
                    softmax(a, resp[b], o);
                }
            });
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int colour = 0; colour < grid.colours(); colour++) {
                int[] rows = grid.colourRows(colour);
                int tasks = (rows.length + CHUNK - 1) / CHUNK;
                loop.forEach(tasks, t -> {
                    double[] a = new double[k];
                    for (int p = t * CHUNK, end = Math.min(rows.length, p + CHUNK); p < end; p++) {
                        update(rows[p], scores, resp, a);
                    }
                });
            }
        }
        return criterion(scores, resp);
    }

    /** Eq. 37 for row i: ρ_i = softmax(l_i + β Σ_{j∈V(i)} ρ_j), neighbours in increasing order. */
    private void update(int i, double[][] scores, double[][] resp, double[] a) {
        int b = i / blockRows;
        int o = (i % blockRows) * k;
        java.util.Arrays.fill(a, 0.0);
        for (int p = grid.start(i), end = grid.end(i); p < end; p++) {
            int j = grid.neighbourAt(p);
            double[] rj = resp[j / blockRows];
            int oj = (j % blockRows) * k;
            for (int c = 0; c < k; c++) {
                a[c] += rj[oj + c];
            }
        }
        double[] l = scores[b];
        for (int c = 0; c < k; c++) {
            a[c] = l[o + c] + beta * a[c];
        }
        softmax(a, resp[b], o);
    }

    /** out[o + c] = exp(a_c) / Σ exp(a), computed from the maximum. */
    private void softmax(double[] a, double[] out, int o) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, a[c]);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(a[c] - max);
            out[o + c] = e;
            sum += e;
        }
        double inv = 1 / sum;
        for (int c = 0; c < k; c++) {
            out[o + c] *= inv;
        }
    }

    /** Eq. 36, summed per chunk of rows and the chunks added in order (0 ln 0 = 0). */
    public double criterion(double[][] scores, double[][] resp) throws CanceledException {
        int n = grid.rows();
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] parts = new double[chunks];
        loop.forEach(chunks, ch -> {
            double sum = 0;
            for (int i = ch * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
                double[] ri = resp[i / blockRows];
                double[] li = scores[i / blockRows];
                int o = (i % blockRows) * k;
                double fit = 0;
                for (int c = 0; c < k; c++) {
                    double rho = ri[o + c];
                    if (rho > 0) {
                        fit += rho * (li[o + c] - Math.log(rho));
                    }
                }
                double agree = 0;
                for (int p = grid.start(i), pe = grid.end(i); p < pe; p++) {
                    int j = grid.neighbourAt(p);
                    double[] rj = resp[j / blockRows];
                    int oj = (j % blockRows) * k;
                    for (int c = 0; c < k; c++) {
                        agree += ri[o + c] * rj[oj + c];
                    }
                }
                sum += fit + 0.5 * beta * agree;
            }
            parts[ch] = sum;
        });
        double total = 0;
        for (double v : parts) {
            total += v;
        }
        return total;
    }
}
