package io.spikemix.engine.gmm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

import io.spikemix.engine.bench.BaselineBenchmark;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * CPU seconds of one GMM E-step, one GMM M-step, one k-means Lloyd iteration (iterations 2–21, for each
 * {@link KMeansOptions.Algorithm}) and a whole k-means fit to convergence on ONE thread (ThreadMXBean CPU
 * time of the calling thread, which does all the work when {@link ParallelTasks} has one thread), so the figures are
 * fair on a shared machine. The data are the first N rows of the baseline benchmark's spiked-mixture pixels
 * (x_k ~ N(0, 0.1 I), σ² = 1, uniform weights; for d = 100, K = 10 the rows of {@code baselines.npy}); the components come from a few EM iterations started
 * at random responsibilities, as scikit-learn's {@code g._e_step}/{@code g._m_step} are timed on a fitted model.
 *
 * <p>Run: {@code releng/bench/run-baselines.sh io.spikemix.engine.gmm.EmStepBenchmark [n] [d] [k] [reps]}
 * (defaults 20000 100 10 5). Prints per-step minimum and median over {@code reps} repetitions after warm-up.
 */
public final class EmStepBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        System.out.println("load average before: " + loadAverage() + "; N=" + n + " d=" + d + " K=" + k
                + "; one thread; Java " + System.getProperty("java.version"));
        SpectralMatrix y = baselineRows(n, d, k);

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (ParallelTasks tasks = new ParallelTasks(1)) {
            GaussianMixtureEm em = new GaussianMixtureEm(y, k, false, 1e-6, tasks);
            GaussianComponents comps = new GaussianComponents(k, d);
            double[][] resp = threeIterationsFromRandomResponsibilities(em, comps, k);
            double[] e = new double[reps];
            double[] m = new double[reps];
            for (int i = 0; i < reps; i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                em.mStep(comps, resp, ProgressMonitor.NONE);
                long t1 = mx.getCurrentThreadCpuTime();
                em.eStep(comps, resp, ProgressMonitor.NONE);
                long t2 = mx.getCurrentThreadCpuTime();
                m[i] = (t1 - t0) / 1e9;
                e[i] = (t2 - t1) / 1e9;
            }
            report("GMM E-step", e);
            report("GMM M-step", m);

            // k-means from the first K rows, as scikit-learn's KMeans(init=Y[:K], n_init=1, tol=0, algorithm='lloyd'):
            // CPU of a run with 21 Lloyd iterations minus a run with 1, per iteration (both end with one assignment)
            double[][] init = new double[k][d];
            for (int c = 0; c < k; c++) {
                y.getRow(c, init[c]);
            }
            for (KMeansOptions.Algorithm algorithm : KMeansOptions.Algorithm.values()) {
                double[] a = new double[reps];
                int iterations = 0;
                for (int i = 0; i < reps + 1; i++) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    lloyd(y, init, 1, algorithm);
                    long t1 = mx.getCurrentThreadCpuTime();
                    iterations = lloyd(y, init, 21, algorithm).iterations();
                    long t2 = mx.getCurrentThreadCpuTime();
                    if (i > 0) {
                        a[i - 1] = ((t2 - t1) - (t1 - t0)) / 1e9 / (iterations - 1);
                    }
                }
                System.out.println("k-means " + algorithm + " iterations in the long run: " + iterations);
                report("k-means " + algorithm + " iteration 2-21", a);
                // a whole fit to convergence (no label changes; tol = 0, at most 300 iterations), as
                // KMeans(init=Y[:K], n_init=1, max_iter=300, tol=0): total CPU and CPU per iteration
                double[] total = new double[reps];
                double[] perIteration = new double[reps];
                for (int i = 0; i < reps; i++) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    KMeansModel model = lloyd(y, init, 300, algorithm);
                    long t1 = mx.getCurrentThreadCpuTime();
                    iterations = model.iterations();
                    total[i] = (t1 - t0) / 1e9;
                    perIteration[i] = total[i] / iterations;
                    if (i == 0) {
                        System.out.println("k-means " + algorithm + " fit to convergence: " + iterations
                                + " iterations, converged " + model.converged() + ", inertia " + model.inertia());
                    }
                }
                report("k-means " + algorithm + " whole fit", total);
                report("k-means " + algorithm + " whole fit per iteration", perIteration);
            }
        }
        System.out.println("load average after: " + loadAverage());
    }

    /**
     * Responsibilities and components after three EM iterations from random responsibilities, the state in which
     * scikit-learn's {@code g._e_step}/{@code g._m_step} are timed on a {@code GaussianMixture(max_iter=3)}.
     */
    static double[][] threeIterationsFromRandomResponsibilities(GaussianMixtureEm em, GaussianComponents comps, int k)
            throws Exception {
        double[][] resp = em.newResponsibilities();
        GaussianMixtureFitter.randomResponsibilities(resp, k, new SplittableRandom(3));
        for (int i = 0; i < 3; i++) {
            em.mStep(comps, resp, ProgressMonitor.NONE);
            em.eStep(comps, resp, ProgressMonitor.NONE);
        }
        return resp;
    }

    private static KMeansModel lloyd(SpectralMatrix y, double[][] init, int maxIter, KMeansOptions.Algorithm algorithm)
            throws Exception {
        return new KMeansFitter(KMeansOptions.builder().k(init.length).maxIter(maxIter).tol(0).threads(1)
                .algorithm(algorithm).build()).fitFrom(y, init, ProgressMonitor.NONE);
    }

    /**
     * The first n rows of the baseline benchmark's data ({@code BaselineBenchmark.smmData(200000, d, k, 2025)}, the
     * file {@code baselines.npy} for d = 100, K = 10), so that scikit-learn can be timed on exactly these pixels.
     */
    static SpectralMatrix baselineRows(int n, int d, int k) {
        SpectralMatrix all = BaselineBenchmark.smmData(Math.max(n, 200_000), d, k, 2025);
        SpectralMatrix y = SpectralMatrix.allocate(n, d);
        float[] row = new float[d];
        for (int i = 0; i < n; i++) {
            all.getRow(i, row);
            for (int j = 0; j < d; j++) {
                y.set(i, j, row[j]);
            }
        }
        return y;
    }

    private static void report(String what, double[] cpu) {
        double[] s = cpu.clone();
        Arrays.sort(s);
        System.out.printf("%s: CPU s min %.4f, median %.4f (all %s)%n", what, s[0], s[s.length / 2],
                Arrays.toString(Arrays.stream(cpu).map(v -> Math.round(v * 1e4) / 1e4).toArray()));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Paths.get("/proc/loadavg")).trim();
        } catch (java.io.IOException ex) {
            return "unknown";
        }
    }
}
