package io.spikemix.engine.gmm;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;

import io.spikemix.engine.bench.BaselineBenchmark;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Wall and process-CPU seconds of one GMM M-step and one E-step (one EM iteration) at the imaging-mass-spectrometry
 * width of issue 15 (d = 843, K = 12, N = 8,000 by default) on a given number of threads, as scikit-learn's
 * {@code g._m_step}/{@code g._e_step} are timed by {@code sk_wide.py} (text in {@code releng/bench/BASELINES.md}) on
 * the same pixels, which this class writes as {@code wide.npy}. The data are spiked-mixture pixels
 * ({@code BaselineBenchmark.smmData(n, d, k, 7)}: x_k ~ N(0, 0.1 I), σ² = 1, uniform weights); the components come
 * from three EM iterations started at random responsibilities, as on the scikit-learn side.
 *
 * <p>Run: {@code releng/bench/run-baselines.sh io.spikemix.engine.gmm.WideGmmBenchmark [outDir] [n] [threads] [reps]}
 * (defaults /tmp/spikemix-baselines 8000 2 3). Prints every repetition and the median.
 */
public final class WideGmmBenchmark {

    private WideGmmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args.length > 0 ? args[0] : "/tmp/spikemix-baselines");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int d = 843;
        int k = 12;
        Files.createDirectories(out);
        SpectralMatrix y = BaselineBenchmark.smmData(n, d, k, 7);
        BaselineBenchmark.writeNpy(y, out.resolve("wide.npy"));
        System.out.printf(Locale.ROOT, "load average before: %s; N=%d d=%d K=%d; %d thread(s); Java %s; wrote %s%n",
                loadAverage(), n, d, k, threads, System.getProperty("java.version"), out.resolve("wide.npy"));
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            GaussianMixtureEm em = new GaussianMixtureEm(y, k, false, 1e-6, tasks);
            GaussianComponents comps = new GaussianComponents(k, d);
            double[][] resp = EmStepBenchmark.threeIterationsFromRandomResponsibilities(em, comps, k);
            double[] mWall = new double[reps];
            double[] eWall = new double[reps];
            double[] mCpu = new double[reps];
            double[] eCpu = new double[reps];
            for (int r = 0; r < reps; r++) {
                long c0 = processCpu();
                long w0 = System.nanoTime();
                em.mStep(comps, resp, ProgressMonitor.NONE);
                long c1 = processCpu();
                long w1 = System.nanoTime();
                em.eStep(comps, resp, ProgressMonitor.NONE);
                long c2 = processCpu();
                long w2 = System.nanoTime();
                mWall[r] = (w1 - w0) / 1e9;
                eWall[r] = (w2 - w1) / 1e9;
                mCpu[r] = (c1 - c0) / 1e9;
                eCpu[r] = (c2 - c1) / 1e9;
                System.out.printf(Locale.ROOT, "repetition %d: M-step wall %.3f s (CPU %.3f), E-step wall %.3f s"
                        + " (CPU %.3f), EM iteration wall %.3f s%n", r + 1, mWall[r], mCpu[r], eWall[r], eCpu[r],
                        mWall[r] + eWall[r]);
            }
            double[] total = new double[reps];
            double[] cpu = new double[reps];
            for (int r = 0; r < reps; r++) {
                total[r] = mWall[r] + eWall[r];
                cpu[r] = mCpu[r] + eCpu[r];
            }
            System.out.printf(Locale.ROOT, "SpikeMix GMM per EM iteration: wall median %.3f s (min %.3f), process CPU"
                    + " median %.3f s; M-step wall median %.3f, E-step wall median %.3f%n", median(total),
                    min(total), median(cpu), median(mWall), median(eWall));
        }
        System.out.println("load average after: " + loadAverage());
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).trim();
        } catch (java.io.IOException ex) {
            return "unknown";
        }
    }
}
