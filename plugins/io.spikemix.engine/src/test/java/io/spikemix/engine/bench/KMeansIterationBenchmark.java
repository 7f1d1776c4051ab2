package io.spikemix.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Seconds per k-means Lloyd iteration of {@link KMeansFitter} (default algorithm, Hamerly's bounds) on the first N rows
 * of the baseline data ({@code BaselineBenchmark.smmData(200000, 100, 10, 2025)}, the rows of {@code baselines.npy}),
 * in the setting of scikit-learn's {@code KMeans(n_clusters=10, init=Y[:10], n_init=1, tol=0)}: start from the first
 * 10 rows, tol = 0.
 *
 * <p>Per repetition (the first is a discarded warm-up): a run with 1 iteration, one with 21 and a whole fit to
 * convergence (at most 300 iterations). Reported: per iteration over iterations 2–21 ((t₂₁ − t₁)/20) and over the whole
 * fit, as wall seconds, process CPU seconds and, with one thread, the calling thread's CPU seconds (ThreadMXBean; the
 * caller does all the work when the fit has one thread). Minimum and median over the repetitions. The inertia and
 * iteration count are printed so that runs of different versions can be checked for identical results.
 *
 * <p>Run: {@code releng/bench/run-baselines.sh KMeansIterationBenchmark [n] [threads] [reps]} (defaults 200000 2 3).
 */
public final class KMeansIterationBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int k = 10;
        SpectralMatrix all = BaselineBenchmark.smmData(200_000, 100, k, 2025);
        SpectralMatrix y = SpectralMatrix.allocate(n, all.cols());
        float[] row = new float[all.cols()];
        for (int i = 0; i < n; i++) {
            all.getRow(i, row);
            y.setRow(i, row);
        }
        double[][] init = new double[k][all.cols()];
        for (int c = 0; c < k; c++) {
            y.getRow(c, init[c]);
        }
        System.out.println("load average before: " + BaselineBenchmark.loadAverage() + "; N=" + n + " d=" + y.cols()
                + " K=" + k + "; " + threads + " thread(s); Java " + System.getProperty("java.version"));
        double[][] step = new double[3][reps];
        double[][] whole = new double[3][reps];
        KMeansModel model = null;
        int shortIterations = 0;
        for (int r = 0; r <= reps; r++) {
            double[] t0 = clocks();
            fit(y, init, 1, threads);
            double[] t1 = clocks();
            shortIterations = fit(y, init, 21, threads).iterations();
            double[] t2 = clocks();
            model = fit(y, init, 300, threads);
            double[] t3 = clocks();
            if (r > 0) {
                for (int c = 0; c < 3; c++) {
                    step[c][r - 1] = ((t2[c] - t1[c]) - (t1[c] - t0[c])) / (shortIterations - 1);
                    whole[c][r - 1] = (t3[c] - t2[c]) / model.iterations();
                }
            }
        }
        System.out.printf("whole fit: %d iterations, converged %s, inertia %.17g%n", model.iterations(),
                model.converged(), model.inertia());
        String[] clock = {"wall", "process CPU", "thread CPU"};
        for (int c = 0; c < (threads == 1 ? 3 : 2); c++) {
            report("iteration 2-" + shortIterations + " " + clock[c] + " s", step[c]);
            report("whole fit per iteration " + clock[c] + " s", whole[c]);
        }
        System.out.println("load average after: " + BaselineBenchmark.loadAverage());
    }

    private static KMeansModel fit(SpectralMatrix y, double[][] init, int maxIter, int threads) throws Exception {
        return new KMeansFitter(KMeansOptions.builder().k(init.length).maxIter(maxIter).tol(0).threads(threads)
                .build()).fitFrom(y, init, ProgressMonitor.NONE);
    }

    /** Wall, process CPU and current-thread CPU time in seconds. */
    private static double[] clocks() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        return new double[] {System.nanoTime() / 1e9, os.getProcessCpuTime() / 1e9,
                mx.getCurrentThreadCpuTime() / 1e9};
    }

    private static void report(String what, double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        System.out.printf("%s: min %.4f, median %.4f (all %s)%n", what, s[0], s[s.length / 2],
                Arrays.toString(Arrays.stream(v).map(x -> Math.round(x * 1e4) / 1e4).toArray()));
    }
}
