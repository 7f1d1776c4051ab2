package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelRowDecoderTest {

    private static final int ROWS = 1000;
    private static final int BANDS = 30;

    @TempDir
    Path dir;

    /** A continuous file of ROWS random spectra written by ImzmlWriter; returns the .imzML path. */
    private Path write() throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        SpectralMatrix m = SpectralMatrix.allocate(ROWS, BANDS);
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < BANDS; j++) {
                m.blockOf(r)[m.offsetOf(r) + j] = (float) rnd.nextDouble(-1e3, 1e3);
            }
        }
        double[] mz = new double[BANDS];
        for (int j = 0; j < BANDS; j++) {
            mz[j] = 200 + 0.25 * j;
        }
        SpectralCube cube = SpectralCube.masked(40, 25, m, null, BandAxis.of(mz, "m/z"), Map.of());
        Path imzml = dir.resolve("c.imzML");
        ImzmlWriter.write(cube, imzml, false, new UUID(1, 2), ProgressMonitor.NONE);
        return imzml;
    }

    /** Spectrum order reversed, so rows and file positions run in opposite directions. */
    private static int[] reversed(int n) {
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = n - 1 - r;
        }
        return order;
    }

    private static boolean workerAlive() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean alive = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.isAlive() && t.getName().equals("spikemix-worker"));
            if (!alive) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Test
    void everyRowHoldsTheFloatsOfItsSpectrumReadStraightFromTheIbdBytes() throws Exception {
        Path imzml = write();
        Path ibd = dir.resolve("c.ibd");
        ImzmlIndex index = ImzmlParser.parse(imzml, ProgressMonitor.NONE);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(ibd)).order(ByteOrder.LITTLE_ENDIAN);
        int[] order = reversed(ROWS);
        int[] all = new int[BANDS];
        for (int j = 0; j < BANDS; j++) {
            all[j] = j;
        }
        int[] some = {0, 3, 4, 29};
        for (int threads : new int[] {1, 3}) {
            for (int[] bands : new int[][] {all, some}) {
                // 7 rows per block: many blocks and runs that start and end inside blocks
                SpectralMatrix m = ParallelRowDecoder.decode(index, ibd, order, bands, 7, threads,
                        ProgressMonitor.NONE);
                assertEquals(ROWS, m.rows());
                assertEquals(bands.length, m.cols());
                for (int r = 0; r < ROWS; r++) {
                    int s = order[r];
                    long offset = index.intensityOffset(s);
                    for (int j = 0; j < bands.length; j++) {
                        float expected = bytes.getFloat((int) (offset + 4L * bands[j]));
                        assertEquals(expected, m.blockOf(r)[m.offsetOf(r) + j], "row " + r + " band " + bands[j]);
                    }
                }
            }
        }
        assertFalse(workerAlive());
    }

    @Test
    void aReadFailingOnAWorkerThreadIsASpectralFileExceptionNamingTheFile() throws Exception {
        Path imzml = write();
        Path ibd = dir.resolve("c.ibd");
        ImzmlIndex index = ImzmlParser.parse(imzml, ProgressMonitor.NONE);
        // the ranges were fine when checked; the file then shrinks under the reader
        try (RandomAccessFile f = new RandomAccessFile(ibd.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        int[] order = new int[ROWS];
        for (int r = 0; r < ROWS; r++) {
            order[r] = r;
        }
        int[] all = new int[BANDS];
        for (int j = 0; j < BANDS; j++) {
            all[j] = j;
        }
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ParallelRowDecoder.decode(index, ibd, order, all, 7, 3, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains(ibd.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("shrank"), e.getMessage());
        assertFalse(workerAlive());
    }

    @Test
    void cancelStopsTheDecodingOnEveryThread() throws Exception {
        Path imzml = write();
        Path ibd = dir.resolve("c.ibd");
        ImzmlIndex index = ImzmlParser.parse(imzml, ProgressMonitor.NONE);
        ProgressMonitor cancelled = CancellingMonitor.immediately();
        assertThrows(CanceledException.class, () -> ParallelRowDecoder.decode(index, ibd, reversed(ROWS),
                new int[] {0, 1}, 7, 3, cancelled));
        assertFalse(workerAlive());
    }
}
