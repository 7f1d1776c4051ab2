package io.spikemix.engine.smm;

import io.spikemix.engine.options.OptionChecks;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.model.FittedModel;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.spatial.SpatialOptions;

/**
 * A fitted spiked mixture model (method.md §1): spikes x_1..x_K ∈ R^d, weights π, noise variance σ², the set S of
 * non-zero spikes, and how the fit went (log-likelihood trace, iterations, convergence, labels of the fitted pixels).
 *
 * <p>Answers {@link #responsibilities}, {@link #labels} and {@link #logLikelihood} for any data with the same d
 * features; each costs 2·K·d flops per pixel and runs on the calling thread. For the fitted data these reproduce
 * the fit exactly: {@code labels(data)} equals {@link #labels()} and {@code logLikelihood(data)} equals the last
 * trace entry bit for bit (same kernel, same summation order). Spikes are identifiable only up to sign; each is
 * reported with its largest-magnitude entry positive. Immutable; accessors return copies.
 *
 * <p>A spatial fit (β &gt; 0, method.md §8) is the exception: its labels and {@link #fittedResponsibilities()} come
 * from neighbourhood EM, which looks at a pixel's neighbours, and its trace holds the penalised criterion U(ρ, θ)
 * (eq. 36); scoring the data pixel by pixel gives the plain model's posterior and L(θ) instead.
 */
public final class SpikedMixtureModel implements FittedModel {

    private final SmmParameters params;
    private final ComponentScorer scorer;
    private final double[] trace;
    private final int iterations;
    private final boolean converged;
    private final int[] labels;
    private final long totalIterations;
    private final long dataPasses;
    private final SpatialOptions spatial;
    /** A spatial fit's responsibilities, row-major N × K; null otherwise. */
    private final double[] fitted;

    SpikedMixtureModel(SmmParameters params, double[] trace, int iterations, boolean converged, int[] labels,
            long totalIterations, long dataPasses) {
        this(params, trace, iterations, converged, labels, totalIterations, dataPasses, SpatialOptions.NONE, null);
    }

    SpikedMixtureModel(SmmParameters params, double[] trace, int iterations, boolean converged, int[] labels,
            long totalIterations, long dataPasses, SpatialOptions spatial, double[] fitted) {
        this.spatial = spatial;
        this.fitted = fitted;
        this.params = params;
        this.scorer = new ComponentScorer(params);
        this.trace = trace;
        this.iterations = iterations;
        this.converged = converged;
        this.labels = labels;
        this.totalIterations = totalIterations;
        this.dataPasses = dataPasses;
    }

    /**
     * A model from stored parameters (for instance a saved model being applied again); it has no fit history
     * (empty trace, no labels). A spike of all zeros is inactive.
     *
     * @param spikes K×d, d ≥ 2
     * @param pi     K weights ≥ 0 summing to 1 (within 1e-6)
     * @param sigma2 noise variance &gt; 0
     */
    public static SpikedMixtureModel of(double[][] spikes, double[] pi, double sigma2) {
        int k = spikes.length;
        OptionChecks.atLeast("k", k, 1);
        int d = spikes[0].length;
        OptionChecks.atLeast("d", d, 2);
        if (pi.length != k) {
            throw new IllegalArgumentException("The 'pi' parameter must have " + k + " entries. Got " + pi.length + " instead.");
        }
        if (!(sigma2 > 0) || Double.isInfinite(sigma2)) {
            throw new IllegalArgumentException("The 'sigma2' parameter must be a finite number > 0. Got " + sigma2 + " instead.");
        }
        double sum = 0;
        for (double p : pi) {
            if (!(p >= 0) || p > 1) {
                throw new IllegalArgumentException("The 'pi' entries must lie in [0, 1]. Got " + Arrays.toString(pi) + " instead.");
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("The 'pi' entries must sum to 1. Got a sum of " + sum + " instead.");
        }
        double[][] directions = new double[k][d];
        double[] lengths = new double[k];
        boolean[] active = new boolean[k];
        for (int c = 0; c < k; c++) {
            if (spikes[c].length != d) {
                throw new IllegalArgumentException("spike " + c + " has " + spikes[c].length + " values, expected " + d);
            }
            double len = Math.sqrt(Lanczos.dot(spikes[c], spikes[c]));
            if (!Double.isFinite(len)) {
                throw new IllegalArgumentException("spike " + c + " must be finite");
            }
            lengths[c] = len;
            active[c] = len > 0;
            for (int j = 0; j < d; j++) {
                directions[c][j] = len > 0 ? spikes[c][j] / len : 0;
            }
        }
        return new SpikedMixtureModel(new SmmParameters(directions, lengths, pi.clone(), sigma2, active, spikes), new double[0], 0,
                false, new int[0], 0, 0);
    }

    /** Number of spikes K. */
    @Override
    public int k() {
        return params.k();
    }

    /** Number of features d. */
    public int features() {
        return params.d();
    }

    /** Number of features d (the {@link FittedModel} name of {@link #features()}). */
    @Override
    public int dimension() {
        return params.d();
    }

    /** The spikes x_k as K rows of d values (zero rows for spikes outside the active set). */
    @Override
    public double[][] spikes() {
        return params.spikes();
    }

    /** Mixture weights π_k = γ_k / N. */
    public double[] pi() {
        return params.pi.clone();
    }

    /** Noise variance σ². */
    public double sigma2() {
        return params.sigma2;
    }

    /** π_k (the {@link FittedModel} name of {@link #pi()}). */
    @Override
    public double[] weights() {
        return pi();
    }

    /** The fitted σ² (always present for the SMM). */
    @Override
    public OptionalDouble noiseVariance() {
        return OptionalDouble.of(params.sigma2);
    }

    /** Indices of the spikes in the active set S (ascending); the others are zero. */
    public int[] activeSet() {
        int[] s = new int[params.activeCount()];
        for (int c = 0, i = 0; c < k(); c++) {
            if (params.active[c]) {
                s[i++] = c;
            }
        }
        return s;
    }

    /** Log-likelihood after each iteration of the returned run; entry 0 is the initialisation. Empty for {@link #of}. */
    public double[] logLikelihoodTrace() {
        return trace.clone();
    }

    /** Final log-likelihood of the fitted data (last trace entry), NaN for a model built with {@link #of}. */
    public double logLikelihood() {
        return trace.length == 0 ? Double.NaN : trace[trace.length - 1];
    }

    /** EM iterations of the returned run (both sieving phases). */
    public int iterations() {
        return iterations;
    }

    /** Whether the returned run stopped on the tolerance rather than on its iteration budget. */
    public boolean converged() {
        return converged;
    }

    /** EM iterations over all starts of the fit (for timing: seconds per iteration = time / this). */
    public long totalIterations() {
        return totalIterations;
    }

    /** Passes over the data over all starts: E-steps plus extra Lanczos product passes. */
    public long dataPasses() {
        return dataPasses;
    }

    /** The spatial regularisation the model was fitted with ({@link SpatialOptions#NONE} for the plain model). */
    public SpatialOptions spatial() {
        return spatial;
    }

    /**
     * A spatial fit's responsibilities of the fitted pixels (row-major N × K, those of {@link #labels()}); null for a
     * plain fit, whose responsibilities {@link #responsibilities(SpectralMatrix, int, ProgressMonitor)} reproduces.
     */
    public double[] fittedResponsibilities() {
        return fitted == null ? null : fitted.clone();
    }

    /** Cluster (argmax responsibility) of every pixel of the fitted data; empty for {@link #of}. */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * Responsibilities ρ_ik of rows [from, to) of {@code data}, written row-major into {@code out} (length ≥
     * (to − from)·K), for callers that stream large data in row blocks.
     *
     * @throws IllegalArgumentException if the feature count differs or a value is not finite
     */
    public void responsibilities(SpectralMatrix data, int from, int to, double[] out) {
        checkFeatures(data);
        scoreRows(data, from, to, (row, rho, ll) -> System.arraycopy(rho, 0, out, (row - from) * k(), k()));
    }

    /**
     * Responsibilities ρ_ik of every row of {@code data}, row-major (row i at [i·K, (i+1)·K)), scored in blocks of
     * {@value EmWorkspace#BLOCK_ROWS} rows on {@code threads} threads. A row's values depend on nothing but the row,
     * so they are those of {@link #responsibilities(SpectralMatrix, int, int, double[])} bit for bit, for any thread
     * count. This is the scoring the nodes and {@code spikemix predict} use: one pass over the data, tiles of
     * {@link PixelTile#ROWS} rows, instead of one tile allocation per row.
     *
     * @throws IllegalArgumentException if the feature count differs, a value is not finite, or N·K exceeds an array
     * @throws CanceledException        when the monitor reports cancellation (checked between blocks)
     */
    @Override
    public double[] responsibilities(SpectralMatrix data, int threads, ProgressMonitor monitor)
            throws CanceledException {
        checkFeatures(data);
        int n = data.rows();
        int k = k();
        if ((long) n * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The responsibilities of " + n + " rows and " + k
                    + " components do not fit in one array; score the rows in parts.");
        }
        double[] out = new double[n * k];
        int blocks = (n + EmWorkspace.BLOCK_ROWS - 1) / EmWorkspace.BLOCK_ROWS;
        AtomicInteger done = new AtomicInteger();
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            tasks.run(blocks, (b, cancel) -> {
                int from = b * EmWorkspace.BLOCK_ROWS;
                scoreRows(data, from, Math.min(n, from + EmWorkspace.BLOCK_ROWS),
                        (row, rho, ll) -> System.arraycopy(rho, 0, out, row * k, k));
                done.incrementAndGet();
            }, new ProgressMonitor() {
                @Override
                public void checkCanceled() throws CanceledException {
                    monitor.checkCanceled();
                    monitor.setProgress((double) done.get() / blocks, "Scoring pixels");
                }

                @Override
                public void setProgress(double fraction, java.util.function.Supplier<String> message) {
                    monitor.setProgress(fraction, message);
                }
            });
        }
        return out;
    }

    /** The argmax (lowest index on ties) of each row of row-major responsibilities with K columns. */
    public static int[] labels(double[] responsibilities, int k) {
        int[] out = new int[responsibilities.length / k];
        for (int i = 0; i < out.length; i++) {
            out[i] = EmWorkspace.argmax(responsibilities, i * k, k);
        }
        return out;
    }

    /** Responsibilities ρ_ik, N rows of K values summing to 1. */
    public double[][] responsibilities(SpectralMatrix data) {
        checkFeatures(data);
        double[][] out = new double[data.rows()][];
        scoreRows(data, 0, data.rows(), (row, rho, ll) -> out[row] = rho.clone());
        return out;
    }

    /** Argmax of the responsibilities per pixel (lowest index on ties). */
    public int[] labels(SpectralMatrix data) {
        checkFeatures(data);
        int[] out = new int[data.rows()];
        scoreRows(data, 0, data.rows(), (row, rho, ll) -> out[row] = EmWorkspace.argmax(rho, 0, k()));
        return out;
    }

    /** L(θ) = Σ_i ln Σ_k π_k p(y_i | z = k), summed in the fit's block order. */
    public double logLikelihood(SpectralMatrix data) {
        try {
            return logLikelihood(data, 1, ProgressMonitor.NONE).getAsDouble();
        } catch (CanceledException e) {
            throw new IllegalStateException("ProgressMonitor.NONE is never cancelled", e);
        }
    }

    /** The argmax of {@link #responsibilities(SpectralMatrix, int, ProgressMonitor)} per row (lowest index on ties). */
    @Override
    public int[] labels(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException {
        return labels(responsibilities(data, threads, monitor), k());
    }

    /**
     * L(θ) of (4) over the rows of {@code data}: each block of {@value EmWorkspace#BLOCK_ROWS} rows is summed on some
     * thread, the block sums are added in block order, as in the fit, so the value equals the fit's last trace entry
     * bit for bit on the fitted data and does not depend on {@code threads}.
     */
    @Override
    public OptionalDouble logLikelihood(SpectralMatrix data, int threads, ProgressMonitor monitor)
            throws CanceledException {
        checkFeatures(data);
        int n = data.rows();
        int blocks = (n + EmWorkspace.BLOCK_ROWS - 1) / EmWorkspace.BLOCK_ROWS;
        double[] blockSums = new double[blocks];
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            tasks.run(blocks, (b, cancel) -> {
                int from = b * EmWorkspace.BLOCK_ROWS;
                double[] sum = {0};
                scoreRows(data, from, Math.min(n, from + EmWorkspace.BLOCK_ROWS), (row, rho, ll) -> sum[0] += ll);
                blockSums[b] = sum[0];
            }, monitor);
        }
        double total = 0;
        for (double s : blockSums) {
            total += s;
        }
        return OptionalDouble.of(total);
    }

    /**
     * Closed-form component log-density ln N(y; 0, x_k x_kᵀ + σ²I) (method.md §1, Sherman–Morrison and the matrix
     * determinant lemma), O(d).
     */
    public double componentLogDensity(double[] y, int component) {
        if (y.length != features()) {
            throw new IllegalArgumentException("y has " + y.length + " values, the model " + features() + " features");
        }
        double[] x = params.spikes()[component];
        int d = features();
        double s2 = params.sigma2;
        double yy = Lanczos.dot(y, y);
        double yx = Lanczos.dot(y, x);
        double c = Lanczos.dot(x, x) + s2;
        return -0.5 * d * Math.log(2 * Math.PI) - (yy - yx * yx / c) / (2 * s2) - 0.5 * Math.log(c)
                - 0.5 * (d - 1) * Math.log(s2);
    }

    SmmParameters parameters() {
        return params;
    }

    /** Receives one scored pixel. */
    private interface RowScores {
        void accept(int row, double[] rho, double logLikelihood);
    }

    /**
     * Scores rows [from, to) in order, in {@link PixelTile}s as the fit does, so responsibilities and
     * log-likelihoods equal the fit's bit for bit.
     */
    private void scoreRows(SpectralMatrix data, int from, int to, RowScores sink) {
        int d = features();
        PixelTile tile = new PixelTile(d);
        double[] sq = new double[PixelTile.ROWS];
        double[][] proj = new double[k()][PixelTile.ROWS];
        double[] rho = new double[k()];
        for (int r0 = from; r0 < to; r0 += PixelTile.ROWS) {
            int t = Math.min(PixelTile.ROWS, to - r0);
            tile.load(data, r0, t);
            for (int i = 0; i < t; i++) {
                double[] y = tile.rows[i];
                sq[i] = DataSummary.sumOfSquares(y, d);
                if (!Double.isFinite(sq[i])) {
                    for (int j = 0; j < d; j++) {
                        if (!Double.isFinite(y[j])) {
                            throw new IllegalArgumentException("The data must be finite, but row " + (r0 + i) + ", column "
                                    + j + " is " + (float) y[j] + ".");
                        }
                    }
                }
            }
            tile.dots(params.directions, k(), null, proj);
            for (int i = 0; i < t; i++) {
                double ll = scorer.scoreDots(proj, i, sq[i], rho);
                sink.accept(r0 + i, rho, ll);
            }
        }
    }

    private void checkFeatures(SpectralMatrix data) {
        if (data.cols() != features()) {
            throw new IllegalArgumentException(
                    "The data have " + data.cols() + " features but the model was fitted on " + features() + ".");
        }
    }

    @Override
    public String toString() {
        return "SpikedMixtureModel[k=" + k() + ", d=" + features() + ", sigma2=" + params.sigma2 + ", active="
                + Arrays.toString(activeSet()) + ", iterations=" + iterations + ", converged=" + converged + "]";
    }
}
