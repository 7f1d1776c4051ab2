package io.spikemix.engine.smm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.spatial.NeighbourhoodEStep;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.engine.spatial.SpatialOptions;

/**
 * Fits a spiked mixture model by EM (the paper's Algorithm 1 with the greedy set of Algorithm 2, method.md §2)
 * with restarts ("sieving", §3), as configured by {@link SpikedMixtureOptions}.
 *
 * <p>One EM iteration is an M-step from the current responsibilities followed by an E-step; trace entry t is the
 * log-likelihood after t M-steps (entry 0: the initialisation), the convention of the NumPy reference. Sieving:
 * every one of n1 starts runs exactly d1 iterations; the n2 with the highest log-likelihood (earlier start on
 * ties) continue for at most d2 iterations each, stopping when |L_t − L_{t−1}| ≤ tol·|L_{t−1}| (tol = 0: never);
 * the run with the highest final log-likelihood is returned.
 *
 * <p>Cost per iteration in iterative mode ({@link #LANCZOS_STEPS} = 3 Krylov steps): the M-step makes one product
 * pass (projections and weighted sums, 4·N·K·d flops) and one quadratic-form pass (projections only, 2·N·K·d); for
 * d ≥ {@link #REUSE_MIN_FEATURES} the E-step after it combines the projections those passes kept (3·K multiply-adds
 * per pixel) and adds the weighted sums of the next M-step's first product (2·N·K·d): 8·N·K·d flops in three reads of
 * the data, where projecting afresh in the E-step, as for smaller d, takes 10·N·K·d. After reuse, the returned run
 * ends with one plain E-step so that the model's scoring reproduces its labels exactly. Dense mode forms A_k,
 * N·K·d²/2 multiply-adds per E-step. Memory besides the float32 data: N·K doubles of responsibilities, N·K·3
 * doubles of kept projections (when reused), N doubles of ‖y_i‖², and 64 block partial sums. The data are only
 * read. Randomness comes only from a {@link SplittableRandom} seeded with the options' seed; all sums are reduced
 * in a fixed block order, so a seed gives bit-identical results for any thread count.
 *
 * <p>Input checks (IllegalArgumentException): d = 1, K &gt; N, fewer than K pairwise non-parallel non-zero pixels
 * (which covers duplicate pixels), NaN or infinite values (row and column named), all-zero data. Constant columns
 * need no special care (the model has no means; a constant column is one more direction of the data). σ² is kept
 * above 1e-12·‖Y‖²_F/(dN) so that noise-free data cannot drive it to 0.
 *
 * <p>Spatial regularisation (β &gt; 0 in {@link SpikedMixtureOptions#spatial()}, method.md §8): the E-steps become
 * neighbourhood EM's ({@link NeighbourhoodEStep}, on the grid given to {@link #fit(SpectralMatrix, SpatialGrid,
 * ProgressMonitor)}), each continued from the previous responsibilities, and the criterion is U(ρ, θ) of eq. 36,
 * which never decreases. Two candidates are fitted and the one with the higher U returned (the first on ties): the
 * plain fit above continued by neighbourhood EM for at most d2 iterations, and the sieving schedule run again with
 * neighbourhood EM from the same random starts. Either alone failed on the demo phantom (method.md §8.5): from the
 * plain fit EM cannot leave an optimum that merged two regions (σ² = 0.05: ARI 0.58 plain, 0.60 with β = 1); from
 * random starts large β locked nearly equal components into spatial blobs (σ² = 0.02, seed 1: 0.62 with β = 1
 * against 0.93 with β = 0.5). The returned trace and iteration count are the winner's; within a start of the second
 * candidate that sieving takes up again after others ran, the E-step restarts from the posterior (only the current
 * start's ρ is kept) and the last trace entry is replaced by the U so recomputed. Each spatial E-step costs two data
 * passes (scores, then the M-step's sums from the new ρ) and the fit N·K more doubles (2·N·K while the first
 * candidate's responsibilities are kept); Krylov projections are not reused. With β = 0 none of this runs.
 */
public final class SpikedMixtureFitter {

    /**
     * Krylov steps per M-step in iterative mode. The M-step of a generalised EM only has to not decrease the expected
     * complete log-likelihood; the Ritz value of a Krylov space that contains the previous direction is at least that
     * direction's Rayleigh quotient, so any number of steps keeps L(θ) monotone, and warm starts make the directions
     * converge over the EM iterations (a restarted Lanczos method). Measured with SmmBenchmark (N = 40,000, d = 843,
     * K = 12, one start, about 31 data passes in total): log-likelihood −47,950,328 after 4 iterations without a cap
     * (8.5 passes per iteration), −47,937,502 after 6 with 5 steps, −47,937,073 after 10 with 3 steps and
     * −47,937,077 after 15 with 2 steps: a few steps per iteration reach a higher likelihood per data pass.
     *
     * <p>Three steps rather than two (measured before the E-step reused the Krylov projections, which made three
     * steps cost what two cost then). On large noisy data two steps per iteration cost a third fewer passes and the
     * presets' final fits are nearly the same (SmmBenchmark, d = 843, K = 12, IMS preset: N = 572,832, L −686,500,693
     * with two steps against −686,497,235 with three, 119 s against 198 s). But on the low-noise demo phantom
     * ({@code PhantomSegmentationTest}: σ² = 0.01, d = 80, K = 6) the less exact M-steps led EM to a worse optimum
     * (L 2,022,361 against 2,086,857, adjusted Rand index 0.62 against 0.95). With three steps, loosening
     * {@link Lanczos#TOLERANCE} from 10⁻⁵ to 10⁻² did the same, to 10⁻³ did not; at IMS scale a 10⁻³ tolerance saved no
     * pass (every component still took its three steps).
     */
    static final int LANCZOS_STEPS = 3;

    /**
     * Fewest features at which the E-step after an iterative M-step reuses the projections kept from the M-step's
     * Krylov passes instead of projecting the pixels afresh. Reuse trades K·d multiply-adds per pixel (and the
     * feature-major half of the tile) for writing and reading 3·K doubles per pixel, so it pays only for d well above
     * a few dozen. Measured (SmmBenchmark, N = 100,000, K = 10, one thread, median seconds per iteration, reuse
     * against fresh projections): d = 16 0.073 / 0.061, d = 32 0.090 / 0.091, d = 48 0.089 / 0.091, d = 64 0.090 /
     * 0.112, d = 100 0.152 / 0.187; at d = 843, K = 12 it takes an iteration from 3.7 to 2.7 s.
     */
    static final int REUSE_MIN_FEATURES = 64;

    private final SpikedMixtureOptions options;

    public SpikedMixtureFitter(SpikedMixtureOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SpikedMixtureOptions options() {
        return options;
    }

    /**
     * Fits the model to the rows of {@code data}.
     *
     * @param data    N pixels × d features, finite
     * @param monitor progress per iteration and cancellation (checked before every block of 2048 pixels, from the
     *                calling thread only)
     * @throws CanceledException        when the monitor asks to stop
     * @throws IllegalArgumentException on unusable data (see class comment)
     */
    public SpikedMixtureModel fit(SpectralMatrix data, ProgressMonitor monitor) throws CanceledException {
        return fit(data, null, monitor);
    }

    /**
     * Fits the model to the rows of {@code data} laid out on {@code grid}: as {@link #fit(SpectralMatrix,
     * ProgressMonitor)}, with neighbourhood EM when the options' β &gt; 0.
     *
     * @param grid the pixels' neighbours, row for row; may be null when β = 0 (then ignored)
     * @throws IllegalArgumentException also when β &gt; 0 and the grid is missing, has another number of rows, or
     *                                  another neighbourhood than the options
     */
    public SpikedMixtureModel fit(SpectralMatrix data, SpatialGrid grid, ProgressMonitor monitor)
            throws CanceledException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(monitor, "monitor");
        SpatialOptions spatial = options.spatial();
        if (spatial.active()) {
            SpatialGrid.require(grid, data.rows(), spatial);
        }
        int k = options.k();
        if (data.cols() < 2) {
            throw new IllegalArgumentException("The data must have at least 2 features (columns) for a spiked mixture "
                    + "model; with d = 1 spike and noise cannot be told apart. Got d = " + data.cols() + ".");
        }
        if (k > data.rows()) {
            throw new IllegalArgumentException(
                    "The 'k' parameter must be <= the number of pixels N = " + data.rows() + ". Got " + k + " instead.");
        }
        try (BlockExecutor executor = new BlockExecutor(options.threads(), monitor)) {
            DataSummary summary = DataSummary.of(data, executor);
            if (summary.sumSq == 0) {
                throw new IllegalArgumentException(
                        "All values of the data are zero: the noise variance sigma2 would be 0 and the model is undefined.");
            }
            int d = data.cols();
            boolean spatialFit = spatial.active();
            EmWorkspace ws = new EmWorkspace(data, summary, k, options.usesDenseEigen(d), options.delta(),
                    d >= REUSE_MIN_FEATURES ? LANCZOS_STEPS : 0, spatialFit, executor);
            NeighbourhoodEStep estep = spatialFit ? new NeighbourhoodEStep(grid, k, EmWorkspace.BLOCK_ROWS,
                    spatial.beta(), (count, task) -> executor.forEach(count, task::accept)) : null;
            return new Fit(ws, estep, monitor).run();
        }
    }

    /** One EM run (a start). */
    private static final class Run {
        final int start;
        SmmParameters params;
        final List<Double> trace = new ArrayList<>();
        int iterations;
        boolean converged;

        Run(int start, SmmParameters params) {
            this.start = start;
            this.params = params;
        }

        double last() {
            double v = trace.get(trace.size() - 1);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
    }

    /** State of one fit call. */
    private final class Fit {
        private final EmWorkspace ws;
        /** Neighbourhood EM's E-step, null for the plain model. */
        private final NeighbourhoodEStep estep;
        private final ProgressMonitor monitor;
        private final SieveSchedule schedule = options.schedule();
        private final double sigma2Floor;
        private Run current;
        private EmWorkspace.Expectation expectation;
        /** Whether the last E-step reused the Krylov projections (equal to the plain E-step up to rounding). */
        private boolean reusedProjections;
        private long totalIterations;
        private long passes;

        Fit(EmWorkspace ws, NeighbourhoodEStep estep, ProgressMonitor monitor) {
            this.ws = ws;
            this.estep = estep;
            this.monitor = monitor;
            this.sigma2Floor = 1e-12 * ws.sumSq / ((double) ws.d * ws.n);
        }

        /** Whether the E-steps are neighbourhood EM's (the spatial phase after the plain fit). */
        private boolean spatialNow;

        SpikedMixtureModel run() throws CanceledException {
            Run best = sieve();
            if (estep != null) {
                return spatial(best);
            }
            if (reusedProjections) {
                // The model promises that scoring the data reproduces its labels and last log-likelihood exactly, so
                // the returned run ends with a plain E-step (one pass per fit).
                expectation = ws.expectation(best.params);
                passes++;
                reusedProjections = false;
                best.trace.set(best.trace.size() - 1, expectation.logLikelihood);
            }
            monitor.setProgress(1.0, "done: log-likelihood " + best.last());
            double[] trace = best.trace.stream().mapToDouble(Double::doubleValue).toArray();
            return new SpikedMixtureModel(best.params, trace, best.iterations, best.converged, ws.labels(),
                    totalIterations, passes);
        }

        /**
         * The two candidates of a spatial fit (method.md §8.5), both maximising U of eq. 36 for the same β:
         * neighbourhood EM continued from the plain fit, and the sieving schedule run again with neighbourhood EM
         * from the same random starts; the one with the higher U wins (the first on ties), as sieving keeps the
         * start with the highest criterion.
         */
        private SpikedMixtureModel spatial(Run plain) throws CanceledException {
            spatialNow = true;
            Run fromPlain = spatialPhase(plain);
            int[] plainLabels = ws.labels();
            double[] plainResp = ws.allResponsibilities();
            Run fromStarts = sieve();
            boolean first = fromPlain.last() >= fromStarts.last();
            Run best = first ? fromPlain : fromStarts;
            monitor.setProgress(1.0, "done: penalised criterion " + best.last());
            double[] trace = best.trace.stream().mapToDouble(Double::doubleValue).toArray();
            return new SpikedMixtureModel(best.params, trace, best.iterations, best.converged,
                    first ? plainLabels : ws.labels(), totalIterations, passes, options.spatial(),
                    first ? plainResp : ws.allResponsibilities());
        }

        /** The sieving of the class comment, in the current mode; returns the best run, activated. */
        private Run sieve() throws CanceledException {
            SplittableRandom rng = new SplittableRandom(options.seed());
            List<Run> runs = new ArrayList<>();
            for (int r = 0; r < schedule.n1(); r++) {
                Run run = new Run(r, ObservationInitializer.draw(ws.data, ws.sumSq, ws.k, rng));
                activate(run);
                current.trace.add(expectation.logLikelihood);
                for (int t = 0; t < schedule.d1(); t++) {
                    iterate(run);
                }
                runs.add(run);
            }
            List<Run> kept = new ArrayList<>(runs);
            kept.sort(Comparator.comparingDouble(Run::last).reversed().thenComparingInt(r -> r.start));
            kept = kept.subList(0, schedule.n2());
            for (Run run : kept) {
                activate(run);
                for (int t = 0; t < schedule.d2(); t++) {
                    double before = run.last();
                    iterate(run);
                    double after = run.last();
                    if (schedule.tol() > 0 && Math.abs(after - before) <= schedule.tol() * Math.abs(before)) {
                        run.converged = true;
                        break;
                    }
                }
            }
            Run best = kept.get(0);
            for (Run run : kept) {
                if (run.last() > best.last()) {
                    best = run;
                }
            }
            activate(best);
            return best;
        }

        /**
         * Neighbourhood EM from the plain fit's parameters (method.md §8.5): E-steps (eq. 38) from the plain
         * posterior, then at most d2 iterations with the schedule's stopping rule applied to U.
         */
        private Run spatialPhase(Run plain) throws CanceledException {
            Run run = new Run(plain.start, plain.params);
            activate(run);
            run.trace.add(expectation.logLikelihood);
            for (int t = 0; t < schedule.d2(); t++) {
                double before = run.last();
                iterate(run);
                double after = run.last();
                if (schedule.tol() > 0 && Math.abs(after - before) <= schedule.tol() * Math.abs(before)) {
                    run.converged = true;
                    break;
                }
            }
            return run;
        }

        /** Makes the workspace hold the responsibilities of {@code run}'s parameters. */
        private void activate(Run run) throws CanceledException {
            if (current != run) {
                if (!spatialNow) {
                    expectation = ws.expectation(run.params);
                    passes++;
                } else {
                    expectation = ws.spatialExpectation(run.params, estep, true);
                    passes += 2;
                    if (!run.trace.isEmpty()) {
                        run.trace.set(run.trace.size() - 1, expectation.logLikelihood);
                    }
                }
                reusedProjections = false;
                current = run;
            }
        }

        /** One M-step followed by one E-step. */
        private void iterate(Run run) throws CanceledException {
            monitor.checkCanceled();
            MStep step = maximize(run.params, expectation);
            SmmParameters next = step.params;
            if (!spatialNow) {
                reusedProjections = step.krylovCoefficients != null && ws.slots > 0;
                expectation = ws.expectation(next, reusedProjections ? step.krylovCoefficients : null);
                passes++;
            } else {
                // continued from this start's ρ, so that U cannot decrease (method.md §8)
                expectation = ws.spatialExpectation(next, estep, false);
                passes += 2;
            }
            run.params = next;
            run.trace.add(expectation.logLikelihood);
            run.iterations++;
            totalIterations++;
            double ll = expectation.logLikelihood;
            monitor.setProgress(Math.min(1.0, totalIterations / (double) Math.max(1, schedule.iterationBudget())),
                    () -> String.format("start %d/%d, iteration %d, %s %.6g, sigma2 %.4g, active spikes %d/%d",
                            run.start + 1, schedule.n1(), run.iterations,
                            spatialNow ? "penalised criterion" : "log-likelihood", ll, next.sigma2,
                            next.activeCount(), next.k()));
        }

        /** The M-step of method.md §2 from the sums of the last E-step. */
        private MStep maximize(SmmParameters prev, EmWorkspace.Expectation e) throws CanceledException {
            int k = ws.k;
            int d = ws.d;
            double[] lambda = new double[k];
            double[][] vectors = new double[k][];
            double[][] coefficients = null;
            if (ws.dense) {
                for (int c = 0; c < k; c++) {
                    DMatrixRMaj a = DenseEigen.unpack(e.scatter, d, k, c);
                    vectors[c] = new double[d];
                    lambda[c] = DenseEigen.leading(a, vectors[c]);
                }
            } else {
                double[][] startProducts = new double[k][d];
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d; j++) {
                        startProducts[c][j] = e.products[c * d + j];
                    }
                }
                Lanczos.Result r = Lanczos.leading(prev.directions, startProducts, new Lanczos.Products() {
                    @Override
                    public double[][] apply(int[] comps, double[][] q, int index) throws CanceledException {
                        return ws.products(comps, q, index);
                    }

                    @Override
                    public double[] quadraticForms(int[] comps, double[][] q, int index) throws CanceledException {
                        return ws.quadraticForms(comps, q, index);
                    }
                }, LANCZOS_STEPS);
                passes += r.passes;
                System.arraycopy(r.values, 0, lambda, 0, k);
                System.arraycopy(r.vectors, 0, vectors, 0, k);
                coefficients = r.coefficients;
            }
            for (int c = 0; c < k; c++) {
                if (orientSign(vectors[c]) && coefficients != null) {
                    for (int j = 0; j < coefficients[c].length; j++) {
                        coefficients[c][j] = -coefficients[c][j];
                    }
                }
            }
            SaturatedSet set = SaturatedSet.select(lambda, e.gamma, ws.sumSq, (double) d * ws.n);
            double sigma2 = Math.max(set.sigma2, sigma2Floor);
            double[] lengths = new double[k];
            double[] pi = new double[k];
            for (int c = 0; c < k; c++) {
                lengths[c] = set.members[c] ? Math.sqrt(Math.max(lambda[c] / e.gamma[c] - sigma2, 0)) : 0;
                pi[c] = e.gamma[c] / ws.n;
            }
            return new MStep(new SmmParameters(vectors, lengths, pi, sigma2, set.members), coefficients);
        }
    }

    /** New parameters, and in iterative mode each direction's coefficients in its Krylov basis. */
    private static final class MStep {
        final SmmParameters params;
        final double[][] krylovCoefficients;

        MStep(SmmParameters params, double[][] krylovCoefficients) {
            this.params = params;
            this.krylovCoefficients = krylovCoefficients;
        }
    }

    /**
     * Flips v so that its largest-magnitude entry is positive (spikes are defined up to sign).
     *
     * @return whether v was flipped
     */
    static boolean orientSign(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[best])) {
                best = j;
            }
        }
        if (v[best] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "SpikedMixtureFitter[" + options + "]";
    }
}
