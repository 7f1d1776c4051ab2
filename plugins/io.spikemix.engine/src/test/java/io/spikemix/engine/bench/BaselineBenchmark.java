package io.spikemix.engine.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.gmm.SpikedMixtureSamples;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Seconds per EM iteration of {@link GaussianMixtureFitter} and per Lloyd iteration of {@link KMeansFitter} on the
 * reference run's data (N = 200,000, d = 100, K = 10, spiked-mixture data with x_k ~ N(0, 0.1 I), σ² = 1, π uniform;
 * RESULTS.md E4), plus the GMM at d = 843 (the IMS width). Writes the d = 100 data as {@code baselines.npy} so the
 * reference ({@code smm_ref.py fit --method gmm|kmeans}) can fit the same file.
 *
 * <p>Run: {@code releng/bench/run-baselines.sh BaselineBenchmark [outDir] [threads] [n843]}. Iteration times are
 * taken from the progress callbacks (one per iteration), so initialisation is excluded.
 */
public final class BaselineBenchmark {

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args.length > 0 ? args[0] : "/tmp/spikemix-baselines");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int n843 = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        Files.createDirectories(out);
        System.out.println("load average before: " + loadAverage() + "; threads " + threads + "; "
                + Runtime.getRuntime().availableProcessors() + " processors; Java " + System.getProperty("java.version"));

        SpectralMatrix y = smmData(200_000, 100, 10, 2025);
        writeNpy(y, out.resolve("baselines.npy"));
        System.out.println("wrote " + out.resolve("baselines.npy"));

        // warm-up so that the timed runs measure compiled code
        SpectralMatrix warm = smmData(20_000, 100, 10, 1);
        gmmIterationTimes(warm, 10, 3, threads);
        new KMeansFitter(KMeansOptions.builder().k(10).threads(threads).build()).fit(warm, ProgressMonitor.NONE);

        MemoryProbe gmmProbe = new MemoryProbe();
        double[] gmm = gmmIterationTimes(y, 10, 5, threads, gmmProbe);
        double[] gmmCpu = diffs(gmmProbe.cpu);
        System.out.printf("GMM N=200000 d=100 K=10 threads=%d: s/iteration %s, median %.3f; process CPU s/iteration"
                + " %s, median %.3f%n", threads, Arrays.toString(round(gmm)), median(gmm),
                Arrays.toString(round(gmmCpu)), median(gmmCpu));

        List<Long> kmTimes = new ArrayList<>();
        long t0 = System.nanoTime();
        KMeansModel km = new KMeansFitter(KMeansOptions.builder().k(10).nInit(1).seed(0).threads(threads).build())
                .fit(y, recorder(kmTimes, "iteration"));
        double kmTotal = (System.nanoTime() - t0) / 1e9;
        double[] kmIter = diffs(kmTimes);
        System.out.printf("k-means N=200000 d=100 K=10 threads=%d: %d iterations, total %.3f s (incl. k-means++),"
                + " s/iteration median %.4f%n", threads, km.iterations(), kmTotal, median(kmIter));

        Runtime rt = Runtime.getRuntime();
        y = null;
        System.gc();
        SpectralMatrix wide = smmData(n843, 843, 12, 7);
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        MemoryProbe probe = new MemoryProbe();
        double[] wideIter = gmmIterationTimes(wide, 12, 2, threads, probe);
        System.out.printf("GMM N=%d d=843 K=12 threads=%d: s/iteration %s; per 200,000 pixels ≈ %.1f s; data %.0f MB,"
                + " peak heap above data during fit ≈ %.0f MB (sampled per iteration)%n", n843, threads,
                Arrays.toString(round(wideIter)), median(wideIter) * 200_000 / n843, wide.size() * 4 / 1e6,
                (probe.peak - before) / 1e6);
        System.out.println("load average after: " + loadAverage());
    }

    /** Samples used heap and the process CPU time (all threads) whenever progress is reported. */
    static final class MemoryProbe {
        long peak;
        final List<Long> cpu = new ArrayList<>();

        void sample() {
            Runtime rt = Runtime.getRuntime();
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean) {
                cpu.add(((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime());
            }
        }
    }

    static double[] gmmIterationTimes(SpectralMatrix y, int k, int iterations, int threads) throws Exception {
        return gmmIterationTimes(y, k, iterations, threads, new MemoryProbe());
    }

    static double[] gmmIterationTimes(SpectralMatrix y, int k, int iterations, int threads, MemoryProbe probe)
            throws Exception {
        List<Long> times = new ArrayList<>();
        ProgressMonitor rec = recorder(times, "iteration", probe);
        long start = System.nanoTime();
        GaussianMixtureModel m = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(k).tol(0)
                .maxIter(iterations).seed(0).threads(threads).build()).fit(y, new ProgressMonitor() {
                    @Override
                    public void checkCanceled() {
                        // never cancelled
                    }

                    @Override
                    public void setProgress(double fraction, Supplier<String> message) {
                        rec.setProgress(fraction, message);
                    }
                });
        if (times.isEmpty() || m.iterations() != iterations) {
            throw new IllegalStateException("no iteration times recorded");
        }
        // the first iteration's start is the end of the initial E-step; time it from the fit start minus init
        times.add(0, start);
        double[] all = diffs(times);
        return Arrays.copyOfRange(all, 1, all.length);
    }

    static ProgressMonitor recorder(List<Long> times, String marker) {
        return recorder(times, marker, new MemoryProbe());
    }

    static ProgressMonitor recorder(List<Long> times, String marker, MemoryProbe probe) {
        return new ProgressMonitor() {
            @Override
            public void checkCanceled() {
                // never cancelled
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
                String m = message.get();
                if (m != null && m.contains(marker)) {
                    times.add(System.nanoTime());
                    probe.sample();
                }
            }
        };
    }

    static double[] diffs(List<Long> times) {
        double[] out = new double[Math.max(0, times.size() - 1)];
        for (int i = 1; i < times.size(); i++) {
            out[i - 1] = (times.get(i) - times.get(i - 1)) / 1e9;
        }
        return out;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }

    static double[] round(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i] * 1000) / 1000.0;
        }
        return r;
    }

    /** Spiked-mixture data as in RESULTS.md E4: x_k ~ N(0, 0.1 I), σ² = 1, uniform weights. */
    public static SpectralMatrix smmData(int n, int d, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] spikes = new double[k][d];
        for (double[] x : spikes) {
            for (int j = 0; j < d; j++) {
                x[j] = Math.sqrt(0.1) * SpikedMixtureSamples.gaussian(rng);
            }
        }
        double[] pi = new double[k];
        Arrays.fill(pi, 1.0 / k);
        return SpikedMixtureSamples.generate(n, spikes, pi, 1.0, seed + 1).data;
    }

    /** Writes an NPY version 1.0 file of little-endian float32, C order. */
    public static void writeNpy(SpectralMatrix y, Path file) throws IOException {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + y.rows() + ", " + y.cols() + "), }";
        int unpadded = 10 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        try (OutputStream os = Files.newOutputStream(file)) {
            ByteBuffer pre = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            pre.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
            pre.putShort((short) header.length());
            os.write(pre.array());
            os.write(header.getBytes(StandardCharsets.US_ASCII));
            ByteBuffer row = ByteBuffer.allocate(4 * y.cols()).order(ByteOrder.LITTLE_ENDIAN);
            float[] r = new float[y.cols()];
            for (int i = 0; i < y.rows(); i++) {
                y.getRow(i, r);
                row.clear();
                row.asFloatBuffer().put(r);
                os.write(row.array());
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
