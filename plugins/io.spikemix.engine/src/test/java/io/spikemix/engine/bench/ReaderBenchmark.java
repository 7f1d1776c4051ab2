package io.spikemix.engine.bench;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.envi.EnviInterleave;
import io.spikemix.engine.io.envi.EnviReader;
import io.spikemix.engine.io.imzml.ImzmlReader;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.UUID;

/**
 * Read throughput of the ENVI reader (each interleave, ~1 GB float32 cube) and the imzML reader (continuous,
 * 500,000 spectra) next to the raw sequential read speed of the same bytes (FileChannel into an 8 MiB direct
 * buffer, nothing decoded).
 *
 * <p>Usage: {@code releng/bench/run-readers.sh [workDir] [enviMiB] [imzmlSpectra] [imzmlBands]}. Each measurement
 * is taken cold (after {@code echo 3 > /proc/sys/vm/drop_caches}, which needs root; reported as warm otherwise)
 * and warm (second read), each after a {@link System#gc()} with no earlier cube reachable; wall time and process
 * CPU time (all threads) are reported. It first times allocating the ENVI cube's float32 matrix alone, the part of
 * a read no raw read pays. Generated files are deleted at the end. Not a unit test.
 */
public final class ReaderBenchmark {

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"))
                .resolve("spikemix-reader-bench");
        long enviBytes = (args.length > 1 ? Long.parseLong(args[1]) : 1024L) << 20;
        int spectra = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
        int mzBands = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "java %s, %d cores, heap %d MiB, page-cache drop %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, dropCaches() ? "works (cold numbers are cold)"
                        : "impossible (cold numbers are warm)");
        try {
            int bands = 200;
            int samples = 1000;
            int lines = (int) (enviBytes / (4L * bands * samples));
            // what bounds a reader beyond the raw read: its float32 destination must be allocated and written
            for (String when : new String[] {"first", "again"}) {
                long t0 = System.nanoTime();
                double cpu0 = processCpuSeconds();
                SpectralMatrix m = SpectralMatrix.allocate(lines * samples, bands);
                System.out.printf(Locale.ROOT, "allocating the %,d x %d float32 matrix (%s, zero-filled by the JVM): "
                        + "%.2f s, %.2f CPU-s%n", m.rows(), m.cols(), when, (System.nanoTime() - t0) / 1e9,
                        processCpuSeconds() - cpu0);
                m = null;
                System.gc();
            }
            for (EnviInterleave il : EnviInterleave.values()) {
                Path hdr = work.resolve("bench_" + il + ".hdr");
                Path img = work.resolve("bench_" + il + ".img");
                writeEnvi(hdr, img, lines, samples, bands, il);
                long size = Files.size(img);
                for (String mode : new String[] {"cold", "warm"}) {
                    if (mode.equals("cold")) {
                        dropCaches();
                    }
                    double raw = rawRead(img);
                    if (mode.equals("cold")) {
                        dropCaches();
                    }
                    System.gc();
                    long t0 = System.nanoTime();
                    double cpu0 = processCpuSeconds();
                    int rows = validRows(EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE));
                    double s = (System.nanoTime() - t0) / 1e9;
                    report("ENVI " + il + " " + lines + "x" + samples + "x" + bands + " float32 (" + mode + ")", size,
                            s, processCpuSeconds() - cpu0, raw, rows);
                }
                Files.delete(img);
                Files.delete(hdr);
                System.gc();
            }
            Path imzml = work.resolve("bench.imzML");
            Path ibd = work.resolve("bench.ibd");
            writeImzml(imzml, spectra, mzBands);
            long size = Files.size(imzml) + Files.size(ibd);
            for (String mode : new String[] {"cold", "warm"}) {
                if (mode.equals("cold")) {
                    dropCaches();
                }
                double raw = rawRead(imzml, ibd);
                if (mode.equals("cold")) {
                    dropCaches();
                }
                System.gc();
                long t0 = System.nanoTime();
                double cpu0 = processCpuSeconds();
                int rows = validRows(ImzmlReader.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE));
                double s = (System.nanoTime() - t0) / 1e9;
                report("imzML continuous " + spectra + " spectra x " + mzBands + " m/z (.imzML "
                        + (Files.size(imzml) >> 20) + " MiB + .ibd " + (Files.size(ibd) >> 20) + " MiB) (" + mode + ")",
                        size, s, processCpuSeconds() - cpu0, raw, rows);
            }
            Files.delete(imzml);
            Files.delete(ibd);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /**
     * The cube's row count; the cube itself is dropped here, so no earlier cube is still reachable (from a local
     * variable of the main loop) while the next read allocates, and every read starts from the same heap state.
     */
    private static int validRows(SpectralCube cube) {
        return cube.validCount();
    }

    private static void report(String what, long bytes, double seconds, double cpuSeconds, double rawMBs,
            int rows) {
        double mbs = bytes / 1e6 / seconds;
        System.out.printf(Locale.ROOT,
                "%-90s %8.1f MB/s  raw %8.1f MB/s  = %5.1f %% of raw  (%,d rows, %.2f s, %.2f CPU-s)%n", what, mbs,
                rawMBs, 100 * mbs / rawMBs, rows, seconds, cpuSeconds);
    }

    /** CPU time of the whole process (all threads, including the read-ahead and the JIT), in seconds. */
    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** Sequential read of the files into one 8 MiB direct buffer; MB/s. */
    static double rawRead(Path... files) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(8 << 20);
        long total = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                for (int r; (r = ch.read(buf)) >= 0; buf.clear()) {
                    total += r;
                }
            }
        }
        return total / 1e6 / ((System.nanoTime() - t0) / 1e9);
    }

    static boolean dropCaches() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "sync && echo 3 > /proc/sys/vm/drop_caches").inheritIO().start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes a float32 little-endian cube in the given interleave with cheap deterministic values. */
    private static void writeEnvi(Path hdr, Path img, int lines, int samples, int bands, EnviInterleave il)
            throws IOException {
        Files.writeString(hdr, "ENVI\nsamples = " + samples + "\nlines = " + lines + "\nbands = " + bands
                + "\nheader offset = 0\ndata type = 4\ninterleave = " + il.name().toLowerCase(Locale.ROOT)
                + "\nbyte order = 0\n");
        ByteBuffer buf = ByteBuffer.allocateDirect(8 << 20).order(ByteOrder.LITTLE_ENDIAN);
        long n = (long) lines * samples * bands;
        try (FileChannel ch = FileChannel.open(img, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (long i = 0; i < n; i++) {
                if (!buf.hasRemaining()) {
                    buf.flip();
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    buf.clear();
                }
                buf.putFloat((i % 9973) * 0.25f);
            }
            buf.flip();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    /** A continuous imzML of a square-ish image with {@code spectra} pixels, written by {@link ImzmlWriter}. */
    private static void writeImzml(Path imzml, int spectra, int bands) throws Exception {
        int w = (int) Math.ceil(Math.sqrt(spectra));
        int h = (spectra + w - 1) / w;
        SpectralMatrix m = SpectralMatrix.allocate(spectra, bands);
        for (int r = 0; r < spectra; r++) {
            float[] b = m.blockOf(r);
            int o = m.offsetOf(r);
            for (int j = 0; j < bands; j++) {
                b[o + j] = (r * 31 + j) % 1000;
            }
        }
        double[] mz = new double[bands];
        for (int j = 0; j < bands; j++) {
            mz[j] = 100 + j * 0.5;
        }
        int[] pixels = new int[spectra];
        for (int r = 0; r < spectra; r++) {
            pixels[r] = r;
        }
        SpectralCube cube = SpectralCube.masked(h, w, m, spectra == h * w ? null : pixels, BandAxis.of(mz, "m/z"),
                java.util.Map.of());
        ImzmlWriter.write(cube, imzml, true, new UUID(42, 42), ProgressMonitor.NONE);
    }
}
