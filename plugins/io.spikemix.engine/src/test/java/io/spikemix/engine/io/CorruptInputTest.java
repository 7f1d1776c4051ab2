package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Randomly corrupted files (flipped bytes in the header and data, truncations, inserted garbage) must give either
 * a result or a {@link SpectralFileException}: never another exception, an OutOfMemoryError or a hang.
 */
class CorruptInputTest {

    private static final int ROUNDS = 400;

    /** Characters that keep a header or a CSV line plausible, so mutations get past the first checks. */
    private static final String PRINTABLE = "0123456789(),;:'{} -\n\"TFe.";

    @TempDir
    Path dir;

    @Test
    void corruptedNpyFilesGiveAResultOrASpectralFileException() throws Exception {
        SpectralMatrix m = SpectralMatrix.allocate(12, 5);
        for (int i = 0; i < 12; i++) {
            for (int f = 0; f < 5; f++) {
                m.set(i, f, i + f / 10f);
            }
        }
        Path good = dir.resolve("good.npy");
        NpyWriter.write(good, SpectralCube.full(3, 4, m, BandAxis.indices(5)), ProgressMonitor.NONE);
        byte[] original = Files.readAllBytes(good);
        assertEquals(m, NpyReader.read(good).spectra());

        SplittableRandom rnd = new SplittableRandom(11);
        Path bad = dir.resolve("bad.npy");
        for (int round = 0; round < ROUNDS; round++) {
            byte[] bytes = mutate(original, rnd, 128);
            Files.write(bad, bytes);
            try {
                NpyReader.read(bad);
            } catch (SpectralFileException expected) {
                // a clear error is a correct outcome
            } catch (Throwable t) {
                fail("round " + round + ": " + t + " for header " + new String(bytes, 0, Math.min(bytes.length, 128),
                        StandardCharsets.ISO_8859_1), t);
            }
        }
    }

    @Test
    void corruptedCsvFilesGiveAResultOrASpectralFileException() throws Exception {
        byte[] original = "x,y,400,500\n0,0,1.5,2\n1,0,3,4e-3\n0,1,NaN,6\n1,1,7,8\n".getBytes(StandardCharsets.UTF_8);
        SplittableRandom rnd = new SplittableRandom(12);
        Path bad = dir.resolve("bad.csv");
        for (int round = 0; round < ROUNDS; round++) {
            byte[] bytes = mutate(original, rnd, original.length);
            Files.write(bad, bytes);
            try {
                CsvSpectraReader.read(bad);
            } catch (SpectralFileException expected) {
                // a clear error is a correct outcome
            } catch (Throwable t) {
                fail("round " + round + ": " + t + " for " + new String(bytes, StandardCharsets.ISO_8859_1), t);
            }
        }
    }

    /** One to three random edits: overwrite a byte with a random or a printable one, truncate, or insert bytes. */
    private static byte[] mutate(byte[] original, SplittableRandom rnd, int focus) {
        byte[] b = original.clone();
        int edits = rnd.nextInt(1, 4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = rnd.nextInt(Math.min(focus, b.length));
            switch (rnd.nextInt(4)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);
                case 1 -> b[at] = (byte) PRINTABLE.charAt(rnd.nextInt(PRINTABLE.length()));
                case 2 -> b = Arrays.copyOf(b, rnd.nextInt(b.length));
                default -> {
                    byte[] longer = new byte[b.length + 3];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = '9';
                    longer[at + 1] = '9';
                    longer[at + 2] = '9';
                    System.arraycopy(b, at, longer, at + 3, b.length - at);
                    b = longer;
                }
            }
        }
        return b;
    }
}
