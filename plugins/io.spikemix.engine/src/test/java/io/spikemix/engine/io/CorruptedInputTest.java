package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Feeds seeded random corruptions of valid headers, XML and binary files to every reader: each read must either
 * succeed or throw {@link SpectralFileException}, within a few seconds and without any other exception or error
 * (no NullPointerException, no OutOfMemoryError, no hang).
 */
class CorruptedInputTest {

    private static final int CASES = 120;
    private static final String TEXT_NOISE = "0123456789-.,{}=;<>\"/ \nEe";

    @TempDir
    Path dir;

    private static SpectralCube cube() {
        SplittableRandom rnd = new SplittableRandom(1);
        SpectralMatrix m = SpectralMatrix.allocate(9, 6);
        for (int r = 0; r < 9; r++) {
            for (int j = 0; j < 6; j++) {
                m.set(r, j, (float) rnd.nextDouble(100));
            }
        }
        return SpectralCube.masked(3, 4, m, new int[] {0, 1, 2, 4, 5, 7, 8, 9, 11},
                BandAxis.of(new double[] {400, 410, 420, 430, 440, 450}, "nm"), Map.of());
    }

    private static byte[] mutateText(byte[] in, SplittableRandom rnd) {
        StringBuilder s = new StringBuilder(new String(in, StandardCharsets.ISO_8859_1));
        int ops = 1 + rnd.nextInt(3);
        for (int k = 0; k < ops && s.length() > 0; k++) {
            int at = rnd.nextInt(s.length());
            switch (rnd.nextInt(5)) {
                case 0:
                    s.setCharAt(at, TEXT_NOISE.charAt(rnd.nextInt(TEXT_NOISE.length())));
                    break;
                case 1:
                    s.deleteCharAt(at);
                    break;
                case 2:
                    s.insert(at, rnd.nextBoolean() ? "9999999999" : "-1");
                    break;
                case 3:
                    s.setLength(at);
                    break;
                default:
                    s.delete(at, Math.min(s.length(), at + 1 + rnd.nextInt(40)));
                    break;
            }
        }
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] mutateBinary(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        switch (rnd.nextInt(4)) {
            case 0:
                return Arrays.copyOf(b, rnd.nextInt(b.length + 1));
            case 1:
                return Arrays.copyOf(b, b.length + 1 + rnd.nextInt(64));
            default:
                int flips = 1 + rnd.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
                return b;
        }
    }

    /** Outcomes of one test: [successes, SpectralFileExceptions]. */
    private final int[] outcomes = new int[2];

    /** Reads {@code file} and fails on anything but success or SpectralFileException. */
    private void readSafely(Path file, ReadOptions options, String what) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                SpectralReaders.read(file, options, ProgressMonitor.NONE);
                outcomes[0]++;
            } catch (SpectralFileException expected) {
                outcomes[1]++;
            } catch (Throwable t) {
                fail(what + ": expected success or SpectralFileException, got " + t, t);
            }
        }, what + " did not finish in time");
    }

    /** Both outcomes must occur, or the corruptions did not reach the readers' checks. */
    private void assertBothOutcomesSeen() {
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "successes and errors: " + Arrays.toString(outcomes));
    }

    @Test
    void corruptedEnviHeadersAndDataGiveOnlySpectralFileExceptions() throws Exception {
        Path src = Files.createDirectory(dir.resolve("src"));
        EnviWriter.write(cube(), src.resolve("c.hdr"), ProgressMonitor.NONE);
        byte[] hdr = Files.readAllBytes(src.resolve("c.hdr"));
        byte[] img = Files.readAllBytes(src.resolve("c.img"));
        SplittableRandom rnd = new SplittableRandom(20261122);
        for (int i = 0; i < CASES; i++) {
            Path d = Files.createDirectory(dir.resolve("envi" + i));
            boolean text = rnd.nextBoolean();
            Files.write(d.resolve("c.hdr"), text ? mutateText(hdr, rnd) : hdr);
            Files.write(d.resolve("c.img"), text ? img : mutateBinary(img, rnd));
            readSafely(d.resolve("c.hdr"), ReadOptions.builder().rejectNonFinite(rnd.nextBoolean()).build(),
                    "ENVI case " + i);
        }
        assertBothOutcomesSeen();
    }

    @Test
    void corruptedImzmlXmlAndIbdGiveOnlySpectralFileExceptions() throws Exception {
        Path src = Files.createDirectory(dir.resolve("src"));
        ImzmlWriter.write(cube(), src.resolve("c.imzML"), true, new UUID(1, 2), ProgressMonitor.NONE);
        byte[] xml = Files.readAllBytes(src.resolve("c.imzML"));
        byte[] ibd = Files.readAllBytes(src.resolve("c.ibd"));
        SplittableRandom rnd = new SplittableRandom(314159);
        for (int i = 0; i < CASES; i++) {
            Path d = Files.createDirectory(dir.resolve("imzml" + i));
            boolean text = rnd.nextBoolean();
            Files.write(d.resolve("c.imzML"), text ? mutateText(xml, rnd) : xml);
            Files.write(d.resolve("c.ibd"), text ? ibd : mutateBinary(ibd, rnd));
            ReadOptions o = ReadOptions.builder().verifyChecksum(rnd.nextBoolean())
                    .imzmlAxisMode(rnd.nextBoolean() ? ImzmlAxisMode.AUTO : ImzmlAxisMode.BIN)
                    .mzTolerance(MzTolerance.da(0.5)).build();
            readSafely(d.resolve("c.imzML"), o, "imzML case " + i);
        }
        assertBothOutcomesSeen();
    }

    @Test
    void corruptedMatFilesOfBothVersionsGiveOnlySpectralFileExceptions() throws Exception {
        Path src = Files.createDirectory(dir.resolve("src"));
        Matrix m = Mat5.newMatrix(new int[] {3, 4, 5});
        for (int i = 0; i < 60; i++) {
            m.setDouble(i, i * 0.5);
        }
        Mat5.writeToFile(Mat5.newMatFile().addArray("cube", m).addArray("wl", Mat5.newMatrix(5, 1)),
                src.resolve("v5.mat").toFile());
        double[][][] data = new double[5][4][3];
        try (WritableHdfFile hdf = HdfFile.write(src.resolve("v73.mat"))) {
            hdf.putDataset("cube", data).putAttribute("MATLAB_class", "double");
        }
        byte[][] files = {Files.readAllBytes(src.resolve("v5.mat")), Files.readAllBytes(src.resolve("v73.mat"))};
        SplittableRandom rnd = new SplittableRandom(2718);
        for (int i = 0; i < CASES; i++) {
            Path f = dir.resolve("m" + i + ".mat");
            Files.write(f, mutateBinary(files[i % 2], rnd));
            readSafely(f, ReadOptions.defaults(), "MAT case " + i + (i % 2 == 0 ? " (v5)" : " (v7.3)"));
        }
        assertBothOutcomesSeen();
    }
}
