package io.spikemix.engine.gmm;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureOptions.Initialization;
import io.spikemix.engine.kmeans.FitInput;
import io.spikemix.engine.kmeans.HeapCheck;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.kmeans.KMeansPlusPlus;
import io.spikemix.engine.kmeans.NearestCentroid;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.spatial.NeighbourhoodEStep;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.engine.spatial.SpatialOptions;

/**
 * Fits a Gaussian mixture with full covariance matrices by expectation–maximisation (Dempster, Laird and Rubin
 * 1977; the same algorithm as scikit-learn's {@code GaussianMixture(covariance_type='full')}), the paper's GMM
 * baseline (method.md §4). {@link GaussianMixtureModel#spectralGapSpikes()} then applies eqs. 19–21.
 *
 * <p>Each of {@code nInit} starts is initialised ({@link GaussianMixtureOptions.Initialization}) and iterated; one
 * iteration is an M-step followed by an E-step, so the recorded mean log-likelihood always belongs to the current
 * parameters and the returned responsibilities and labels are consistent with the returned parameters. A start stops
 * when the mean log-likelihood changes by less than {@code tol} or after {@code maxIter} iterations; the start with
 * the highest final log-likelihood wins (the first one on ties).
 *
 * <p>Log-densities use the Cholesky factors of the covariances in the log domain; a covariance that is not
 * positive definite after adding regCovar · v̄ (v̄ the data's mean per-feature variance, {@link DataScale}) is
 * regularised further and reported, never turned into NaN.
 *
 * <p>Assumptions: finite data with at least K distinct pixels (checked, {@link IllegalArgumentException}
 * otherwise); features are not scaled here. Determinism: chunks of 1,024 pixels, sums in fixed order, all randomness
 * from one {@link SplittableRandom}, so a seed gives bit-identical models for any thread count.
 * Complexity: O(N·K·d²) per iteration, O(N·K + K·d²) memory.
 *
 * <p>Spatial regularisation (β &gt; 0 in {@link GaussianMixtureOptions#spatial()}, method.md §8): the plain fit
 * runs first, as above; from its best start, neighbourhood EM ({@link NeighbourhoodEStep}, on the grid given to
 * {@link #fit(SpectralMatrix, SpatialGrid, ProgressMonitor)}) continues for at most maxIter iterations with the
 * same stopping rule, its first E-step from the plain posterior, later ones from the previous ρ. Started from random
 * responsibilities instead, the spatial term locked the still nearly equal components into spatial blobs (ARI 0.25
 * against 0.73 plain on a 60 × 80, 10-band phantom, σ² = 0.1; method.md §8.5). The returned trace and iteration
 * count are the spatial phase's: U/N (eq. 36), which neither step decreases (the covariance floor regCovar aside,
 * as for the plain log-likelihood). N·K more doubles.
 */
public final class GaussianMixtureFitter {

    private final GaussianMixtureOptions options;

    public GaussianMixtureFitter(GaussianMixtureOptions options) {
        this.options = options;
    }

    /**
     * Fits the mixture to the rows of {@code data}.
     *
     * @param data    pixels, N × d, not modified
     * @param monitor progress over all starts; checked for cancellation at least once per iteration and per chunk
     *                of 1,024 pixels
     * @throws IllegalArgumentException when the data are not finite or have fewer than k distinct pixels, or when
     *                                  {@link #estimateBytes} exceeds the free heap (checked before allocating)
     */
    public GaussianMixtureModel fit(SpectralMatrix data, ProgressMonitor monitor) throws CanceledException {
        return fit(data, null, monitor);
    }

    /**
     * As {@link #fit(SpectralMatrix, ProgressMonitor)}, with neighbourhood EM on {@code grid} when the options' β &gt; 0.
     *
     * @param grid the pixels' neighbours, row for row; may be null when β = 0 (then ignored)
     * @throws IllegalArgumentException also when β &gt; 0 and the grid is missing, has another number of rows, or
     *                                  another neighbourhood than the options
     */
    public GaussianMixtureModel fit(SpectralMatrix data, SpatialGrid grid, ProgressMonitor monitor)
            throws CanceledException {
        SpatialOptions spatial = options.spatial();
        if (spatial.active()) {
            SpatialGrid.require(grid, data.rows(), spatial);
        }
        int k = options.k();
        FitInput.check(data, k);
        int n = data.rows();
        int d = data.cols();
        HeapCheck.require("The Gaussian mixture (full d x d covariances)",
                estimateBytes(n, d, k, spatial.active()), n, d, k);
        SplittableRandom rng = new SplittableRandom(options.seed());
        double regCovar = options.regCovar() * DataScale.meanFeatureVariance(data);
        try (ParallelTasks tasks = new ParallelTasks(options.threads())) {
            GaussianMixtureEm em = new GaussianMixtureEm(data, k, options.zeroMean(), regCovar, tasks);
            GaussianComponents comps = new GaussianComponents(k, d);
            double[][] resp = em.newResponsibilities();
            double[][] scores = spatial.active() ? em.newResponsibilities() : null;
            NeighbourhoodEStep estep = spatial.active() ? new NeighbourhoodEStep(grid, k, GaussianMixtureEm.CHUNK_ROWS,
                    spatial.beta(), (count, task) -> tasks.run(count, (i, cancel) -> task.accept(i), monitor)) : null;
            GaussianComponents best = null;
            double[][] bestResp = null;
            double bestLogLik = Double.NEGATIVE_INFINITY;
            double[] bestTrace = null;
            int bestIter = 0;
            boolean bestConverged = false;
            int[] bestRegularized = new int[0];
            int bestStart = 0;
            double plainShare = estep == null ? 1 : 0.5;
            for (int start = 0; start < options.nInit(); start++) {
                ProgressMonitor sub = monitor.subRange(plainShare * start / options.nInit(),
                        plainShare * (start + 1) / options.nInit());
                int[] regularized = initialize(em, comps, resp, rng.split(), tasks, regCovar,
                        sub.subRange(0, 0.05));
                double[] trace = new double[options.maxIter() + 1];
                trace[0] = em.eStep(comps, resp, sub);
                int iter = 0;
                boolean converged = false;
                while (iter < options.maxIter()) {
                    regularized = em.mStep(comps, resp, sub);
                    trace[iter + 1] = em.eStep(comps, resp, sub);
                    iter++;
                    double gain = trace[iter] - trace[iter - 1];
                    int it = iter;
                    int st = start;
                    double ll = trace[iter];
                    sub.setProgress(0.05 + 0.95 * iter / options.maxIter(),
                            () -> String.format("Start %d/%d · iteration %d/%d · mean log-lik %.6g (Δ %.2g)", st + 1,
                                    options.nInit(), it, options.maxIter(), ll, gain));
                    if (Math.abs(gain) < options.tol()) {
                        converged = true;
                        break;
                    }
                }
                double logLik = trace[iter];
                if (best == null || logLik > bestLogLik) {
                    if (best == null) {
                        best = comps.copy();
                        bestResp = em.newResponsibilities();
                    } else {
                        comps.copyInto(best);
                    }
                    double[][] swap = bestResp;
                    bestResp = resp;
                    resp = swap;
                    bestLogLik = logLik;
                    bestTrace = Arrays.copyOf(trace, iter + 1);
                    bestIter = iter;
                    bestConverged = converged;
                    bestRegularized = regularized;
                    bestStart = start;
                }
            }
            if (estep != null) {
                // neighbourhood EM from the plain fit (method.md §8.5): its parameters, then E-steps of eq. 38
                ProgressMonitor sub = monitor.subRange(0.5, 1);
                double[] trace = new double[options.maxIter() + 1];
                trace[0] = em.spatialEStep(best, scores, bestResp, estep, true, sub);
                int iter = 0;
                boolean converged = false;
                while (iter < options.maxIter()) {
                    bestRegularized = em.mStep(best, bestResp, sub);
                    trace[iter + 1] = em.spatialEStep(best, scores, bestResp, estep, false, sub);
                    iter++;
                    double gain = trace[iter] - trace[iter - 1];
                    int it = iter;
                    double u = trace[iter];
                    sub.setProgress((double) iter / options.maxIter(),
                            () -> String.format("Spatial EM · iteration %d/%d · penalised criterion per pixel %.6g",
                                    it, options.maxIter(), u));
                    if (Math.abs(gain) < options.tol()) {
                        converged = true;
                        break;
                    }
                }
                bestTrace = Arrays.copyOf(trace, iter + 1);
                bestIter = iter;
                bestConverged = converged;
            }
            monitor.setProgress(1, "Gaussian mixture done");
            return GaussianMixtureModel.fromFit(best, bestResp, n, bestTrace, bestIter, bestConverged,
                    bestRegularized, bestStart, options);
        }
    }

    /**
     * Estimated heap of a fit and of its spectral-gap spikes, beyond the data: per component the covariance and the
     * precision factor of the current start and of the best start (4·K·d² doubles) and the lower-triangle scatter
     * accumulator (K·d²/2); the model's covariance copies for the spikes (K·d²); the responsibilities of the current
     * and the best start (2·N·K); per worker thread (up to four counted) a Cholesky factor and its inverse (1.5·d²)
     * and a 64-pixel tile plus 64 pixel rows (128·d); about three d × d matrices of the eigendecomposition.
     * One place for this figure, so the CLI and the nodes can print it before a run.
     */
    public static long estimateBytes(int n, int d, int k) {
        return estimateBytes(n, d, k, false);
    }

    /** As {@link #estimateBytes(int, int, int)}, plus N·K doubles of scores for a spatial fit. */
    public static long estimateBytes(int n, int d, int k, boolean spatial) {
        return estimateBytes0(n, d, k) + (spatial ? 8L * n * k : 0);
    }

    private static long estimateBytes0(int n, int d, int k) {
        double dd = (double) d * d;
        double doubles = 5.5 * k * dd + (4 * 1.5 + 3) * dd + 2.0 * n * k + 4 * 128.0 * d;
        return (long) Math.min(Long.MAX_VALUE, 8 * doubles);
    }

    /** Sets the first parameters of a start; returns the components that needed extra regularisation. */
    private int[] initialize(GaussianMixtureEm em, GaussianComponents comps, double[][] resp, SplittableRandom rng,
            ParallelTasks tasks, double regCovar, ProgressMonitor monitor) throws CanceledException {
        SpectralMatrix data = em.data();
        int k = options.k();
        switch (options.init()) {
        case RANDOM_RESPONSIBILITIES:
            randomResponsibilities(resp, k, rng);
            return em.mStep(comps, resp, monitor);
        case RANDOM_OBSERVATIONS:
            return fromRandomObservations(data, comps, rng, regCovar);
        case KMEANS_PLUS_PLUS:
            hardAssign(NearestCentroid.assign(data, KMeansPlusPlus.centers(data, k, rng, tasks, monitor), tasks,
                    monitor), resp, k);
            return em.mStep(comps, resp, monitor);
        case KMEANS:
            KMeansOptions km = KMeansOptions.builder().k(k).nInit(1).seed(rng.nextLong()).threads(tasks.threads())
                    .build();
            hardAssign(new KMeansFitter(km).fit(data, monitor).labels(), resp, k);
            return em.mStep(comps, resp, monitor);
        default:
            throw new IllegalStateException("unknown initialisation " + options.init());
        }
    }

    /** Every pixel's K responsibilities drawn uniformly from [0, 1) and normalised to sum 1 (scikit-learn's 'random'). */
    static void randomResponsibilities(double[][] resp, int k, SplittableRandom rng) {
        for (double[] r : resp) {
            for (int o = 0; o < r.length; o += k) {
                double s = 0;
                for (int c = 0; c < k; c++) {
                    r[o + c] = rng.nextDouble();
                    s += r[o + c];
                }
                for (int c = 0; c < k; c++) {
                    r[o + c] /= s;
                }
            }
        }
    }

    private static void hardAssign(int[] labels, double[][] resp, int k) {
        for (int ch = 0; ch < resp.length; ch++) {
            double[] r = resp[ch];
            Arrays.fill(r, 0);
            int r0 = ch * GaussianMixtureEm.CHUNK_ROWS;
            for (int i = 0; i * k < r.length; i++) {
                r[i * k + labels[r0 + i]] = 1;
            }
        }
    }

    /**
     * {@link Initialization#RANDOM_OBSERVATIONS}: K distinct random pixels y become the means (free means, covariance
     * s²I with s² the mean per-feature variance) or the rank-one parts y yᵀ + s²I with s² = ‖Y‖²_F/(N·d) (zero
     * means, the spiked mixture model's start); weights are uniform.
     */
    private int[] fromRandomObservations(SpectralMatrix data, GaussianComponents comps, SplittableRandom rng,
            double regCovar) {
        int n = data.rows();
        int d = data.cols();
        int k = options.k();
        int[] picked = distinctRandomRows(data, k, rng);
        double[] mean = new double[d];
        double sumSq = 0;
        double[] y = new double[d];
        for (int i = 0; i < n; i++) {
            data.getRow(i, y);
            for (int j = 0; j < d; j++) {
                mean[j] += y[j];
                sumSq += y[j] * y[j];
            }
        }
        double s2;
        if (options.zeroMean()) {
            s2 = sumSq / ((double) n * d);
        } else {
            double m2 = 0;
            for (int j = 0; j < d; j++) {
                mean[j] /= n;
                m2 += mean[j] * mean[j];
            }
            s2 = Math.max(0, sumSq / ((double) n * d) - m2 / d);
        }
        int[] extra = new int[k];
        int nExtra = 0;
        for (int c = 0; c < k; c++) {
            data.getRow(picked[c], y);
            double[] cov = comps.covariances[c];
            Arrays.fill(cov, 0);
            for (int j = 0; j < d; j++) {
                comps.means[c][j] = options.zeroMean() ? 0 : y[j];
                cov[j * d + j] = s2;
                if (options.zeroMean()) {
                    for (int l = 0; l < d; l++) {
                        cov[j * d + l] += y[j] * y[l];
                    }
                }
            }
            comps.weights[c] = 1.0 / k;
            if (comps.finishComponent(c, regCovar)) {
                extra[nExtra++] = c;
            }
        }
        return Arrays.copyOf(extra, nExtra);
    }

    /** K rows with pairwise different values, drawn uniformly without replacement (data have ≥ K distinct rows). */
    private static int[] distinctRandomRows(SpectralMatrix data, int k, SplittableRandom rng) {
        int n = data.rows();
        int d = data.cols();
        int[] out = new int[k];
        int found = 0;
        java.util.Set<Integer> tried = new java.util.HashSet<>();
        float[] a = new float[d];
        float[] b = new float[d];
        while (found < k) {
            int i = rng.nextInt(n);
            if (!tried.add(i)) {
                continue;
            }
            data.getRow(i, a);
            boolean duplicate = false;
            for (int m = 0; m < found && !duplicate; m++) {
                data.getRow(out[m], b);
                duplicate = Arrays.equals(a, b);
            }
            if (!duplicate) {
                out[found++] = i;
            }
        }
        return out;
    }
}
