package io.spikemix.engine.bench;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.imzml.ImzmlFeatureReader;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.io.imzml.PeakPickingOptions;
import io.spikemix.engine.progress.ProgressMonitor;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Streaming peak-feature extraction of an imzML file far larger than the heap, at the paper's rat-brain scale: a
 * generator writes a continuous file of 1404 × 408 = 572,832 spectra × {@code bins} m/z bins (float32; 8,000 bins
 * = 18.3 GB), plain and zlib, and {@link ImzmlFeatureReader} picks the 843 most intense peaks of the mean spectrum
 * and keeps the 572,832 × 843 features, choosing the streaming path by itself under the heap it is given.
 *
 * <p>Reported per file: generation time and size; the anchor, a raw sequential read of the same .ibd in the same
 * run ({@link ReaderBenchmark#rawRead}); the wall time of the parse, pass 1 (mean spectrum) and pass 2 (features),
 * as seconds and as a ratio to the raw read; process CPU seconds; and the peak heap (sum of the heap pools' peak
 * usage, an upper bound; and the largest used heap sampled every 20 ms). The page cache is dropped before each
 * read when that is allowed (root). Each generated file is deleted right after its measurement.
 *
 * <p>Usage: {@code releng/bench/run.sh ImzmlStreamingBenchmark [workDir=/tmp] [spectra=572832] [bins=8000]
 * [peaks=843] [none,zlib]}. Not a unit test.
 */
public final class ImzmlStreamingBenchmark {

    private static final int WIDTH = 1404;

    private ImzmlStreamingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp").resolve("spikemix-imzml-stream-bench");
        int spectra = args.length > 1 ? Integer.parseInt(args[1]) : 572_832;
        int bins = args.length > 2 ? Integer.parseInt(args[2]) : 8_000;
        int peaks = args.length > 3 ? Integer.parseInt(args[3]) : 843;
        String[] compressions = (args.length > 4 ? args[4] : "none,zlib").split(",");
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "java %s, %d cores, heap %d MiB, page-cache drop %s; %,d spectra x %,d bins "
                + "(raw float32 %,d bytes), top %d peaks%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ReaderBenchmark.dropCaches() ? "works" : "impossible (reads may be partly cached)", spectra, bins,
                4L * spectra * bins, peaks);
        try {
            for (String c : compressions) {
                ImzmlWriter.Compression compression = ImzmlWriter.Compression.valueOf(c.trim()
                        .toUpperCase(Locale.ROOT));
                Path imzml = work.resolve("ratbrain_" + compression + ".imzML");
                Path ibd = work.resolve("ratbrain_" + compression + ".ibd");
                try {
                    measure(imzml, ibd, compression, spectra, bins, peaks);
                } finally {
                    Files.deleteIfExists(imzml);
                    Files.deleteIfExists(ibd);
                }
            }
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private static void measure(Path imzml, Path ibd, ImzmlWriter.Compression compression, int spectra, int bins,
            int peaks) throws Exception {
        long t0 = System.nanoTime();
        double cpu0 = ReaderBenchmark.processCpuSeconds();
        ImzmlWriter.write(new Generated(spectra, bins, 2 * peaks), imzml, true, compression, new UUID(15, 17),
                ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "%n[%s] generated in %.1f s (%.1f CPU-s): .ibd %,d bytes, .imzML %,d bytes%n",
                compression, (System.nanoTime() - t0) / 1e9, ReaderBenchmark.processCpuSeconds() - cpu0,
                Files.size(ibd), Files.size(imzml));
        ReaderBenchmark.dropCaches();
        long r0 = System.nanoTime();
        double rawMbs = ReaderBenchmark.rawRead(ibd);
        double raw = (System.nanoTime() - r0) / 1e9;
        System.out.printf(Locale.ROOT, "[%s] anchor: raw sequential read of the .ibd %.1f s (%.0f MB/s)%n",
                compression, raw, rawMbs);

        ReaderBenchmark.dropCaches();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        Phases phases = new Phases();
        long s0 = System.nanoTime();
        double c0 = ReaderBenchmark.processCpuSeconds();
        SpectralCube features = ImzmlFeatureReader.read(imzml, ReadOptions.defaults(), PeakPickingOptions.builder()
                .topN(peaks).tolerance(MzTolerance.ppm(10)).build(), phases);
        long end = System.nanoTime();
        double cpu = ReaderBenchmark.processCpuSeconds() - c0;
        sampler.interrupt();
        sampler.join();
        long poolPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                poolPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "[%s] %s%n", compression, features.metadata().get(
                ImzmlFeatureReader.STRATEGY_KEY));
        String passes = "";
        if (phases.pass2 > 0) { // streamed (in memory when the heap holds the raw cube: no passes)
            double pass1 = (phases.pass2 - phases.pass1) / 1e9;
            double pass2 = (end - phases.pass2) / 1e9;
            passes = String.format(Locale.ROOT, "parse+checks %.1f s, pass 1 %.1f s (%.2fx raw), pass 2 %.1f s "
                    + "(%.2fx raw), ", (phases.pass1 - s0) / 1e9, pass1, pass1 / raw, pass2, pass2 / raw);
        }
        System.out.printf(Locale.ROOT, "[%s] features %,d x %d; %stotal %.1f s (%.2fx raw), %.1f CPU-s%n",
                compression, features.validCount(), features.bandCount(), passes, (end - s0) / 1e9,
                (end - s0) / 1e9 / raw, cpu);
        System.out.printf(Locale.ROOT, "[%s] peak heap: pools %,d bytes (upper bound), sampled %,d bytes; raw cube "
                + "%,d bytes, feature matrix %,d bytes, -Xmx %,d bytes%n", compression, poolPeak, sampler.max.get(),
                4L * spectra * bins, 4L * features.validCount() * features.bandCount(),
                Runtime.getRuntime().maxMemory());
    }

    /** Records when the streaming passes start, from the reader's progress messages. */
    private static final class Phases implements ProgressMonitor {
        long pass1 = -1;
        long pass2 = -1;

        @Override
        public void checkCanceled() {
        }

        @Override
        public void setProgress(double fraction, Supplier<String> message) {
            String m = message.get();
            if (m == null) {
                return;
            }
            if (pass1 < 0 && m.contains("pass 1 of 2")) {
                pass1 = System.nanoTime();
            } else if (pass2 < 0 && m.contains("pass 2 of 2")) {
                pass2 = System.nanoTime();
            }
        }
    }

    /** The largest used heap seen every 20 ms. */
    private static final class HeapSampler extends Thread {
        final AtomicLong max = new AtomicLong();

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * A rat-brain-sized continuous image: m/z 100–1000 on {@code bins} points; integer noise 0–7 (as counts are) plus
     * {@code peakCount} peaks 3 bins wide whose heights follow 12 horizontal bands of the image (segments), so the
     * mean spectrum has clear peaks of many heights. Cheap and deterministic (a hash of pixel and bin).
     */
    static final class Generated implements ImzmlWriter.Spectra {
        private final int count;
        private final BandAxis axis;
        private final int[] centre;
        private final float[][] heightBySegment;

        Generated(int count, int bins, int peakCount) {
            this.count = count;
            double[] mz = new double[bins];
            for (int j = 0; j < bins; j++) {
                mz[j] = 100 + 900.0 * j / (bins - 1);
            }
            this.axis = BandAxis.of(mz, "m/z");
            this.centre = new int[peakCount];
            this.heightBySegment = new float[12][peakCount];
            for (int k = 0; k < peakCount; k++) {
                centre[k] = 2 + (int) ((long) k * (bins - 4) / peakCount);
                for (int g = 0; g < 12; g++) {
                    heightBySegment[g][k] = 20 + (hash(k, g) & 511);
                }
            }
        }

        @Override
        public int height() {
            return (count + WIDTH - 1) / WIDTH;
        }

        @Override
        public int width() {
            return WIDTH;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public BandAxis bands() {
            return axis;
        }

        @Override
        public int x(int r) {
            return r % WIDTH;
        }

        @Override
        public int y(int r) {
            return r / WIDTH;
        }

        @Override
        public void intensities(int r, float[] dst) {
            int h = hash(r, 0x9E3779B9);
            for (int j = 0; j < dst.length; j++) {
                h = h * 1_664_525 + 1_013_904_223;
                dst[j] = (h >>> 29);
            }
            float[] heights = heightBySegment[Math.min(11, 12 * y(r) / height())];
            for (int k = 0; k < centre.length; k++) {
                float a = heights[k];
                int c = centre[k];
                dst[c - 1] += Math.round(0.4f * a);
                dst[c] += a;
                dst[c + 1] += Math.round(0.4f * a);
            }
        }

        private static int hash(int a, int b) {
            int h = a * 0x27d4eb2d ^ b * 0x165667b1;
            h ^= h >>> 15;
            h *= 0x85ebca6b;
            return h ^ (h >>> 13);
        }
    }
}
