package io.spikemix.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.progress.ProgressMonitor;

/** The distributed .npy reader gives the engine reader's pixels, block by block, for any partition count. */
class NpyDatasetTest {

    @TempDir
    Path dir;

    /** Random float32 pixels, N not a multiple of the block size so that the last block is short. */
    static SpectralMatrix random(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        SpectralMatrix m = SpectralMatrix.allocate(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                m.set(i, j, (float) r.nextGaussian());
            }
        }
        return m;
    }

    @Test
    void blocksHoldTheEngineReadersPixelsForOneTwoAndFourPartitions() throws Exception {
        int n = 2 * BlockLayout.BLOCK_ROWS + 777;
        SpectralMatrix m = random(n, 7, 1);
        Path file = dir.resolve("table.npy");
        NpyWriter.write(file, m, ProgressMonitor.NONE);
        SpectralMatrix engine = NpyReader.read(file).spectra();
        NpyDataset data = NpyDataset.open(file.toString(), SharedSpark.context().hadoopConfiguration());
        assertEquals(n, data.pixels());
        assertEquals(7, data.bands());
        for (int p : new int[] { 1, 2, 4 }) {
            BlockLayout layout = new BlockLayout(n, p);
            List<PixelBlock> blocks = new java.util.ArrayList<>(data.blocks(SharedSpark.context(), layout).collect());
            blocks.sort(Comparator.comparingInt(PixelBlock::index));
            assertEquals(3, blocks.size());
            assertEquals(Math.min(p, 3), data.blocks(SharedSpark.context(), layout).getNumPartitions());
            float[] a = new float[7];
            float[] b = new float[7];
            for (PixelBlock blk : blocks) {
                assertEquals(blk.index() * BlockLayout.BLOCK_ROWS, blk.firstRow());
                SpectralMatrix local = blk.matrix();
                for (int i = 0; i < blk.rows(); i++) {
                    local.getRow(i, a);
                    engine.getRow(blk.firstRow() + i, b);
                    assertArrayEquals(b, a, "row " + (blk.firstRow() + i) + " with " + p + " partitions");
                }
            }
        }
    }

    @Test
    void aMissingFileIsNamedBeforeAnyJob() {
        SparkInputException e = assertThrows(SparkInputException.class,
                () -> NpyDataset.open(dir.resolve("nope.npy").toString(), SharedSpark.context().hadoopConfiguration()));
        assertTrue(e.getMessage().contains("nope.npy") && e.getMessage().contains("file not found"), e.getMessage());
    }

    @Test
    void aFileThatIsNotNpyIsNamedWithTheEnginesMessage() throws Exception {
        Path file = dir.resolve("text.npy");
        Files.writeString(file, "hello, this is not numpy");
        SparkInputException e = assertThrows(SparkInputException.class,
                () -> NpyDataset.open(file.toString(), SharedSpark.context().hadoopConfiguration()));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsRejectedOnTheDriver() throws Exception {
        Path file = dir.resolve("cut.npy");
        NpyWriter.write(file, random(100, 4, 2), ProgressMonitor.NONE);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 10));
        SparkInputException e = assertThrows(SparkInputException.class,
                () -> NpyDataset.open(file.toString(), SharedSpark.context().hadoopConfiguration()));
        assertTrue(e.getMessage().contains("file has only"), e.getMessage());
    }
}
