package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Decodes spectra from the .ibd file into a new float32 matrix, one row per spectrum, on several threads: first the
 * storage blocks are allocated (one task per block), then the rows are decoded in a few contiguous runs (one task
 * per run, each with its own {@link RowDecoder}, hence its own read window).
 *
 * <p>Why: allocating a fresh matrix (zeroing, first-touch page faults) and copying the values cost about as much as
 * reading them; on several cores both divide. Every row is written by exactly one task from the same bytes, so the
 * matrix does not depend on the thread count or timing; when runs fail (the file shrank or cannot be read), the
 * error of the first run in row order is thrown, so the error does not depend on them either. The array ranges must
 * have been checked against the file before. Cancel is polled every 1024 rows; all threads have stopped when
 * {@link #decode} returns or throws.
 *
 * <p>Time O(rows × length) split over the threads; memory: the matrix plus one 8 MiB window per run.
 */
final class ParallelRowDecoder {

    /** Row runs per thread: a few, so that uneven threads still finish together. */
    private static final int RUNS_PER_THREAD = 3;

    private ParallelRowDecoder() {
    }

    /**
     * Decodes the intensities of a continuous file as stored.
     *
     * @param order        row r of the matrix is spectrum {@code order[r]}
     * @param bands        the m/z indices to keep, ascending; all when its length is the array length
     * @param rowsPerBlock rows per storage block ({@link SpectralMatrix#rowsPerBlock(int)} outside tests)
     * @param threads      threads including the calling one, ≥ 1
     */
    static SpectralMatrix decode(ImzmlIndex index, Path ibd, int[] order, int[] bands, int rowsPerBlock, int threads,
            ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        int[] kept = bands.length == index.mzLength(0) ? null : bands;
        return decode(() -> new RowDecoder(index, ibd, kept, null), ibd, order, bands.length, rowsPerBlock, threads,
                monitor);
    }

    /** Decodes with the decoders of {@code factory} rows of {@code cols} values (see the other method). */
    static SpectralMatrix decode(RowDecoder.Factory factory, Path ibd, int[] order, int cols, int rowsPerBlock,
            int threads, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        int n = order.length;
        int blockCount = (int) (((long) n + rowsPerBlock - 1) / rowsPerBlock);
        float[][] blocks = new float[blockCount][];
        int runs = (int) Math.max(1, Math.min(n, (long) threads * RUNS_PER_THREAD));
        SpectralFileException[] errors = new SpectralFileException[runs];
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            tasks.run(blockCount, (b, cancel) -> blocks[b] = new float[Math.min(rowsPerBlock, n - b * rowsPerBlock)
                    * cols], monitor);
            monitor.setProgress(0.3, "Decoding " + n + " spectra");
            tasks.run(runs, (run, cancel) -> {
                int from = (int) ((long) n * run / runs);
                int to = (int) ((long) n * (run + 1) / runs);
                try {
                    decodeRows(factory, ibd, order, cols, rowsPerBlock, blocks, from, to, cancel);
                } catch (SpectralFileException e) {
                    errors[run] = e;
                }
            }, monitor);
        }
        for (SpectralFileException e : errors) {
            if (e != null) {
                throw e;
            }
        }
        return SpectralMatrix.wrap(n, cols, rowsPerBlock, blocks);
    }

    private static void decodeRows(RowDecoder.Factory factory, Path ibdPath, int[] order, int cols,
            int rowsPerBlock, float[][] blocks, int from, int to, ParallelTasks.Cancel cancel)
            throws SpectralFileException, CanceledException {
        try (RowDecoder decoder = factory.open()) {
            for (int r = from; r < to; r++) {
                if (((r - from) & 1023) == 0) {
                    cancel.check();
                }
                decoder.decode(order[r], blocks[r / rowsPerBlock], (r % rowsPerBlock) * cols);
            }
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(ibdPath, "ibd", "cannot be closed: " + e.getMessage(), e);
        }
    }
}
