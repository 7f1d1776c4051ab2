package io.spikemix.engine.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureModel;

/**
 * Scoring a fitted SMM on a whole image (issue 14): the batched, multi-threaded
 * {@link SpikedMixtureModel#responsibilities(SpectralMatrix, int, ProgressMonitor)} over every pixel, against the
 * per-row calls the SMM nodes made before (timed on a prefix and scaled, as the full per-row run takes minutes), on
 * the same data in the same run. Checks that both give the same values bit for bit on the prefix.
 *
 * <p>Usage: {@code BENCH_HEAP=4g releng/bench/run.sh ScoringBenchmark [--n 572832] [--d 843] [--k 12]
 * [--threads 2] [--reps 3] [--per-row 4000]}
 */
public final class ScoringBenchmark {

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 572_832;
        int d = 843;
        int k = 12;
        int threads = 2;
        int reps = 3;
        int perRow = 4000;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--n" -> n = Integer.parseInt(args[i + 1]);
                case "--d" -> d = Integer.parseInt(args[i + 1]);
                case "--k" -> k = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--reps" -> reps = Integer.parseInt(args[i + 1]);
                case "--per-row" -> perRow = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SpectralMatrix data = SmmBenchmark.generate(n, d, k, 7);
        SplittableRandom rng = new SplittableRandom(11);
        double[][] spikes = new double[k][d];
        for (double[] x : spikes) {
            for (int j = 0; j < d; j++) {
                x[j] = Math.sqrt(10.0 / d) * rng.nextGaussian();
            }
        }
        double[] pi = new double[k];
        Arrays.fill(pi, 1.0 / k);
        SpikedMixtureModel model = SpikedMixtureModel.of(spikes, pi, 1.0);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("N = %d, d = %d, K = %d, threads = %d, %s%n", n, d, k, threads,
                java.time.LocalDateTime.now());
        double[] resp = null;
        for (int r = 0; r < reps; r++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            resp = model.responsibilities(data, threads, ProgressMonitor.NONE);
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("batched: %.3f s wall, %.2f CPU-s (process)%n", wall, (os.getProcessCpuTime() - cpu0) / 1e9);
        }
        double[] row = new double[k];
        long t0 = System.nanoTime();
        for (int i = 0; i < perRow; i++) {
            model.responsibilities(data, i, i + 1, row);
            for (int c = 0; c < k; c++) {
                if (Double.doubleToRawLongBits(row[c]) != Double.doubleToRawLongBits(resp[i * k + c])) {
                    throw new AssertionError("row " + i + " differs between batched and per-row scoring");
                }
            }
        }
        double per = (System.nanoTime() - t0) / 1e9;
        System.out.printf("per-row (the nodes before): %.3f s for %d rows, %.1f s projected for %d rows; "
                + "bit-identical to the batched values on those rows%n", per, perRow, per * n / perRow, n);
    }
}
