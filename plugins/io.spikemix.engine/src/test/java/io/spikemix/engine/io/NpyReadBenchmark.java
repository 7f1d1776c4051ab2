package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Benchmark (not a test): read throughput of {@link NpyReader} for a generated float32 cube in C and Fortran order
 * and an int16 cube, next to a plain sequential read of the same bytes, plus min-max fit + apply throughput.
 *
 * <p>Run after {@code ./mvnw -B -q -DskipTests package -pl plugins/io.spikemix.cli -am} and
 * {@code ./mvnw -B -q test-compile -pl plugins/io.spikemix.engine}:
 * <pre>
 * java -Xmx3g -cp plugins/io.spikemix.cli/target/spikemix.jar:plugins/io.spikemix.engine/target/test-classes \
 *      io.spikemix.engine.io.NpyReadBenchmark [megabytes of float32 data, default 256] [folder, default /tmp]
 * </pre>
 * Each figure is the best of three runs; the files are read from the page cache after the first run, so the raw
 * figure is memory bandwidth through the file API, the fair comparison for the conversion cost.
 */
public final class NpyReadBenchmark {

    private NpyReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 256;
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
        int bands = 200;
        int width = 500;
        int height = (int) Math.max(1, megabytes * (1 << 20) / 4 / bands / width);
        Path c = dir.resolve("spikemix-bench-c.npy");
        Path f = dir.resolve("spikemix-bench-f.npy");
        Path s = dir.resolve("spikemix-bench-i2.npy");
        try {
            write(c, "<f4", false, height, width, bands);
            write(f, "<f4", true, height, width, bands);
            write(s, ">i2", false, height, width, bands);
            System.out.printf(Locale.ROOT, "cube %d x %d x %d (%,d values)%n", height, width, bands, (long) height * width * bands);
            report("raw sequential read, f4 file", c, () -> rawRead(c));
            report("NpyReader <f4 C order", c, () -> NpyReader.read(c));
            report("NpyReader <f4 Fortran order", f, () -> NpyReader.read(f));
            report("NpyReader >i2 C order", s, () -> NpyReader.read(s));
            SpectralCube cube = NpyReader.read(c);
            report("min-max fit + apply (float32 bytes)", c, () -> {
                NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, cube.spectra(), NonFinitePolicy.REJECT,
                        ProgressMonitor.NONE);
                return m.apply(cube.spectra(), NonFinitePolicy.REJECT, ProgressMonitor.NONE);
            });
        } finally {
            Files.deleteIfExists(c);
            Files.deleteIfExists(f);
            Files.deleteIfExists(s);
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    private static void report(String what, Path file, Work work) throws Exception {
        double mb = Files.size(file) / 1e6;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-38s %8.1f MB in %6.3f s = %7.0f MB/s%n", what, mb, best, mb / best);
    }

    private static Object rawRead(Path file) throws IOException {
        // a direct buffer: the cheapest way Java reads bytes, so the comparison is conservative
        ByteBuffer buf = ByteBuffer.allocateDirect(8 << 20);
        long sum = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf.clear()) > 0) {
                sum += buf.get(0);
            }
        }
        return sum;
    }

    private static void write(Path file, String descr, boolean fortran, int h, int w, int b) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" + h
                + ", " + w + ", " + b + "), }";
        int total = (10 + dict.length() + 1 + 63) / 64 * 64;
        String text = dict + " ".repeat(total - 10 - dict.length() - 1) + "\n";
        int size = descr.endsWith("2") ? 2 : 4;
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        SplittableRandom rnd = new SplittableRandom(1);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
            head.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 }).putShort((short) text.length());
            head.put(text.getBytes(StandardCharsets.ISO_8859_1)).flip();
            ch.write(head);
            ByteBuffer buf = ByteBuffer.allocate(8 << 20).order(order);
            long n = (long) h * w * b;
            for (long i = 0; i < n; i++) {
                if (buf.remaining() < size) {
                    ch.write(buf.flip());
                    buf.clear();
                }
                if (size == 2) {
                    buf.putShort((short) rnd.nextInt(0, 30000));
                } else {
                    buf.putFloat((float) rnd.nextDouble(0, 1000));
                }
            }
            ch.write(buf.flip());
        }
    }
}
