package io.spikemix.engine.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.smm.SpikedMixtureOptions.EigenMethod;

/**
 * Times SMM EM iterations of the engine against the NumPy reference ({@code shared/tools/refimpl/smm_ref.py}) on
 * the same generated data, and reports the engine's peak heap. Not a unit test: run it through
 * {@code releng/bench/run.sh SmmBenchmark [options]}.
 *
 * <p>Data: y = α·x_z + ε with x_k ~ N(0, (10/d)·I) (so ‖x_k‖² ≈ 10), σ² = 1, π uniform (the reference's E4
 * setting), generated from a fixed seed and written as float32 .npy so the reference fits the same values.
 *
 * <p>Options: {@code --n N --d D --k K --iters M --threads T --seed S --eigen auto|dense|iterative
 * --reference|--no-reference --preset none|ims|hsi|synthetic --workdir DIR}.
 */
public final class SmmBenchmark {

    private SmmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = 200_000;
        int d = 100;
        int k = 10;
        int iters = 10;
        int threads = 2;
        long seed = 1;
        boolean reference = true;
        String preset = "none";
        EigenMethod eigen = EigenMethod.AUTO;
        Path workdir = Path.of(System.getProperty("java.io.tmpdir"), "spikemix-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n": n = Integer.parseInt(args[++i]); break;
                case "--d": d = Integer.parseInt(args[++i]); break;
                case "--k": k = Integer.parseInt(args[++i]); break;
                case "--iters": iters = Integer.parseInt(args[++i]); break;
                case "--threads": threads = Integer.parseInt(args[++i]); break;
                case "--seed": seed = Long.parseLong(args[++i]); break;
                case "--eigen": eigen = EigenMethod.valueOf(args[++i].toUpperCase(Locale.ROOT)); break;
                case "--reference": reference = true; break;
                case "--no-reference": reference = false; break;
                case "--preset": preset = args[++i]; break;
                case "--workdir": workdir = Path.of(args[++i]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "SmmBenchmark N=%d d=%d K=%d iterations=%d threads=%d eigen=%s seed=%d%n", n, d, k,
                iters, threads, eigen, seed);
        System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
        long t0 = System.nanoTime();
        SpectralMatrix data = generate(n, d, k, seed);
        System.out.printf(Locale.ROOT, "generated in %.1f s; float32 data %.1f MB%n", secondsSince(t0), data.size() * 4 / 1e6);

        if (reference) {
            Files.createDirectories(workdir);
            Path npy = workdir.resolve("smm-bench-" + n + "x" + d + ".npy");
            writeNpy(data, npy);
            runReference(npy, k, iters, workdir, data);
            Files.deleteIfExists(npy);
        }

        // warm-up on the first 20,000 pixels so the JIT has compiled the hot loops before timing
        SpikedMixtureOptions warm = SpikedMixtureOptions.builder().k(k).seed(seed).threads(threads).eigenMethod(eigen)
                .singleStart(5, 0).build();
        new SpikedMixtureFitter(warm).fit(head(data, 20_000), ProgressMonitor.NONE);

        SpikedMixtureOptions options = warm.toBuilder().singleStart(iters, 0).build();
        timeFit("single start, " + iters + " iterations, tol 0", options, data);
        if (!"none".equals(preset)) {
            timeFit("preset " + preset, warm.toBuilder().schedule(SieveSchedule.preset(preset)).build(), data);
        }
        System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
    }

    private static void timeFit(String label, SpikedMixtureOptions options, SpectralMatrix data) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long baseline = heapUsed();
        List<Long> stamps = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void checkCanceled() {
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
                stamps.add(System.nanoTime());
            }
        };
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        SpikedMixtureModel m = new SpikedMixtureFitter(options).fit(data, monitor);
        double total = secondsSince(t0);
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        double[] per = new double[stamps.size() - 2];
        for (int i = 1; i < stamps.size() - 1; i++) {
            per[i - 1] = (stamps.get(i) - stamps.get(i - 1)) / 1e9;
        }
        Arrays.sort(per);
        double median = per.length == 0 ? Double.NaN : per[per.length / 2];
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double dataMb = data.size() * 4 / 1e6;
        System.out.printf(Locale.ROOT, "ENGINE [%s]: total %.2f s, %d iterations over all starts, %d data passes, "
                + "median %.3f s per iteration (%.2f passes per iteration)%n", label, total, m.totalIterations(),
                m.dataPasses(), median, m.dataPasses() / (double) Math.max(1, m.totalIterations()));
        System.out.printf(Locale.ROOT, "ENGINE [%s]: process CPU %.2f s = %.3f CPU-s per iteration (mean, incl. the "
                + "validation and first E-step passes)%n", label, cpu, cpu / Math.max(1, m.totalIterations()));
        System.out.printf(Locale.ROOT, "ENGINE [%s]: loglik %.6f, sigma2 %.6f, active %d/%d, converged %s%n", label,
                m.logLikelihood(), m.sigma2(), m.activeSet().length, m.k(), m.converged());
        System.out.printf(Locale.ROOT, "ENGINE [%s]: peak heap (sum of pool peaks) %.1f MB = %.2f x float32 data (%.1f MB); "
                + "heap before fit %.1f MB%n", label, peak / 1e6, peak / 1e6 / dataMb, dataMb, baseline / 1e6);
    }

    private static SpectralMatrix head(SpectralMatrix data, int rows) {
        int n = Math.min(rows, data.rows());
        SpectralMatrix m = SpectralMatrix.allocate(n, data.cols());
        float[] row = new float[data.cols()];
        for (int i = 0; i < n; i++) {
            data.getRow(i, row);
            m.setRow(i, row);
        }
        return m;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** y = α x_z + ε, x_k ~ N(0, (10/d) I), σ² = 1, π uniform; float32. */
    static SpectralMatrix generate(int n, int d, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[k][d];
        double sd = Math.sqrt(10.0 / d);
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = sd * rng.nextGaussian();
            }
        }
        SpectralMatrix m = SpectralMatrix.allocate(n, d);
        for (int i = 0; i < n; i++) {
            int z = rng.nextInt(k);
            double alpha = rng.nextGaussian();
            float[] b = m.blockOf(i);
            int off = m.offsetOf(i);
            for (int j = 0; j < d; j++) {
                b[off + j] = (float) (alpha * x[z][j] + rng.nextGaussian());
            }
        }
        return m;
    }

    /** NPY format version 1.0, little-endian float32, C order; the header is padded to a multiple of 64 bytes. */
    static void writeNpy(SpectralMatrix m, Path file) throws IOException {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + m.rows() + ", " + m.cols() + "), }";
        int unpadded = 6 + 2 + 2 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            out.write(header.length() & 0xff);
            out.write(header.length() >> 8);
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            ByteBuffer buf = ByteBuffer.allocate(4 * m.cols()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < m.rows(); i++) {
                buf.clear();
                float[] b = m.blockOf(i);
                int off = m.offsetOf(i);
                for (int j = 0; j < m.cols(); j++) {
                    buf.putFloat(b[off + j]);
                }
                out.write(buf.array());
            }
        }
    }

    private static void runReference(Path npy, int k, int iters, Path workdir, SpectralMatrix data) throws Exception {
        Path shared = Path.of(System.getProperty("spikemix.shared", "/work/shared"));
        Path script = shared.resolve("tools/refimpl/smm_ref.py");
        Path out = workdir.resolve("smm-ref-result.json");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", script.toString(), "fit", "--input", npy.toString(),
                "--k", Integer.toString(k), "--no-sieve", "--max-iter", Integer.toString(iters), "--tol", "0", "--seed",
                "1", "--out", out.toString());
        pb.environment().put("OPENBLAS_NUM_THREADS", "2");
        pb.environment().put("OMP_NUM_THREADS", "2");
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
            p.destroy();
            System.out.println("REFERENCE failed");
            return;
        }
        String json = Files.readString(out);
        System.out.printf(Locale.ROOT, "REFERENCE: wall %.2f s (incl. loading), mean %s s per iteration, loglik %s, sigma2 %s%n",
                secondsSince(t0), field(json, "mean_iter_s"), field(json, "loglik"), field(json, "sigma2"));
        // Cross-check: the engine's log-likelihood of the reference's fitted parameters on the same float32 data.
        double[][] spikes = matrix(json, "spikes");
        double[] pi = matrix(json, "pi")[0];
        double refLl = Double.parseDouble(field(json, "loglik"));
        double ours = SpikedMixtureModel.of(spikes, pi, Double.parseDouble(field(json, "sigma2"))).logLikelihood(data);
        System.out.printf(Locale.ROOT, "CROSS-CHECK: engine log-likelihood of the reference's parameters %.6f vs reference "
                + "%.6f (relative difference %.2e)%n", ours, refLl, Math.abs(ours - refLl) / Math.abs(refLl));
        Files.deleteIfExists(out);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*([-0-9.eE+]+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    /** A JSON number array (1-D or 2-D) by key; enough for the reference's flat output. */
    private static double[][] matrix(String json, String name) {
        int start = json.indexOf("\"" + name + "\"");
        int open = json.indexOf('[', start);
        int depth = 0;
        int end = open;
        do {
            char c = json.charAt(end++);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
        } while (depth > 0);
        String body = json.substring(open, end).replace(" ", "");
        String inner = body.startsWith("[[") ? body.substring(2, body.length() - 2) : body.substring(1, body.length() - 1);
        String[] rows = body.startsWith("[[") ? inner.split("\\],\\[") : new String[] {inner};
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = Arrays.stream(rows[i].split(",")).mapToDouble(Double::parseDouble).toArray();
        }
        return out;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
