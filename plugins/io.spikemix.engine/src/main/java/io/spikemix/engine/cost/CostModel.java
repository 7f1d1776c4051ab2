package io.spikemix.engine.cost;

import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.smm.SieveSchedule;

/**
 * Estimates each method's time and memory from N, d, K and its options, before any work starts, so that a user is
 * told what a fit will cost and a fit that would not end in reasonable time can be changed (issue 15: a
 * full-covariance GMM on 572,832 pixels × 843 features would run for days).
 *
 * <p>Time = the floating-point operations of the most iterations the options allow ÷ the rate the engine's kernels
 * reach, measured on the 2-core build machine (double precision, per thread; {@code releng/bench}):
 * <ul>
 * <li>SMM: an iteration reads the data three times and costs 8·N·K·d flops for d ≥ 64 (12·N·K·d below, where the
 * Krylov projections are not reused); measured 2.64–2.94 s per iteration at N = 572,832, d = 843, K = 12 on two
 * threads, i.e. {@value #SMM_FLOPS_PER_THREAD} flops per second and thread (RESULTS-smm.md).</li>
 * <li>GMM: the E-step's triangular solves and the M-step's weighted scatter cost K·N·d² flops each, the Cholesky
 * factors and inverses K·d³ (method.md §4 fits full covariances); rate from {@code WideGmmBenchmark} at d = 843,
 * K = 12, N = 8,000 (BASELINES.md); memory is {@link GaussianMixtureFitter#estimateBytes}, the figure the fitter
 * itself checks against the free heap.</li>
 * <li>k-means: 2·N·K·d flops per Lloyd iteration at the worst (Hamerly's bounds usually skip most distances); rate
 * from {@code KMeansIterationBenchmark} (BASELINES.md).</li>
 * </ul>
 * These are upper bounds on the time: runs that converge early stop sooner. Memory counts the arrays a fit allocates
 * beyond the float32 data it is given.
 */
public final class CostModel {

    /** Measured SMM kernel rate: 8 · 572,832 · 12 · 843 flops in 2.8 s on 2 threads. */
    static final double SMM_FLOPS_PER_THREAD = 8.3e9;

    /**
     * Measured GMM rate per thread at d = 843, K = 12, N = 8,000: (2·K·N·d² + K·d³) flops in 2.11 s per EM iteration
     * on two threads (the FMA kernels of session 5, BASELINES.md), i.e. 3.4e10; 3.0e10 leaves room for loaded
     * machines and smaller d.
     */
    static final double GMM_FLOPS_PER_THREAD = 3.0e10;

    /** Measured k-means rate per thread, counting every distance (BASELINES.md, N = 200,000, d = 100, K = 10). */
    static final double KMEANS_FLOPS_PER_THREAD = 4.0e9;

    private CostModel() {
    }

    /** The SMM with a sieving schedule: n1·d1 + n2·d2 iterations at most. */
    public static FitCost smm(long n, int d, int k, SieveSchedule schedule, int threads) {
        long iterations = (long) schedule.n1() * schedule.d1() + (long) schedule.n2() * schedule.d2();
        double flops = (d >= 64 ? 8.0 : 12.0) * n * k * d;
        // responsibilities, kept Krylov projections (d >= 64) and per-component sums
        long bytes = 8L * n * k * (d >= 64 ? 4 : 1) + 8L * 6 * k * d;
        return new FitCost("smm", n, iterations, iterations * flops / rate(SMM_FLOPS_PER_THREAD, threads), bytes);
    }

    /** The full-covariance GMM: nInit · maxIter iterations at most. */
    public static FitCost gmm(long n, int d, int k, GaussianMixtureOptions options, int threads) {
        return gmm(n, d, k, (long) options.nInit() * options.maxIter(), threads);
    }

    /** The full-covariance GMM for a given number of iterations. */
    public static FitCost gmm(long n, int d, int k, long iterations, int threads) {
        double flops = 2.0 * k * n * (double) d * d + (double) k * d * d * d;
        long bytes = GaussianMixtureFitter.estimateBytes((int) Math.min(n, Integer.MAX_VALUE), d, k);
        return new FitCost("gmm", n, iterations, iterations * flops / rate(GMM_FLOPS_PER_THREAD, threads), bytes);
    }

    /** k-means: nInit · maxIter Lloyd iterations at most. */
    public static FitCost kmeans(long n, int d, int k, KMeansOptions options, int threads) {
        long iterations = (long) options.nInit() * options.maxIter();
        double flops = 2.0 * n * k * d;
        // labels, bounds, centroids and their sums
        long bytes = 8L * n * 3 + 8L * k * d * 4;
        return new FitCost("kmeans", n, iterations, iterations * flops / rate(KMEANS_FLOPS_PER_THREAD, threads),
                bytes);
    }

    /**
     * How many pixels the GMM may be fitted on to stay within {@code budgetSeconds}, counting {@code iterations}
     * iterations on the sample and, when sampled, the one E-step that then assigns all {@code n} pixels
     * ({@link #gmmAssignment}): all n when the fit on all of them fits the budget, else the largest m whose cost
     * (2·K·m·d² + K·d³ flops per iteration) fits what the assignment leaves, but never fewer than {@code minimum}
     * (nor more than n).
     */
    public static int gmmSampleSize(long n, int d, int k, long iterations, int threads, double budgetSeconds,
            int minimum) {
        if (gmm(n, d, k, iterations, threads).seconds() <= budgetSeconds) {
            return (int) Math.min(n, Integer.MAX_VALUE);
        }
        double left = budgetSeconds - gmmAssignment(n, d, k, threads);
        double flopsPerIteration = left * rate(GMM_FLOPS_PER_THREAD, threads) / Math.max(1, iterations);
        double m = (flopsPerIteration - (double) k * d * d * d) / (2.0 * k * (double) d * d);
        return (int) Math.min(n, Math.max(minimum, (long) Math.floor(m)));
    }

    /** Seconds of the E-step that assigns n pixels with a fitted GMM: K·n·d² flops (triangular solves). */
    public static double gmmAssignment(long n, int d, int k, int threads) {
        return (double) k * n * d * d / rate(GMM_FLOPS_PER_THREAD, threads);
    }

    private static double rate(double perThread, int threads) {
        return perThread * Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors()));
    }
}
