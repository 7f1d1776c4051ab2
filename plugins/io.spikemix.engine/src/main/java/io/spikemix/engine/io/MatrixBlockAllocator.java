package io.spikemix.engine.io;

import io.spikemix.engine.data.SpectralMatrix;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Hands a reader the storage blocks of a {@link SpectralMatrix} in order, allocating the next block on a
 * background thread while the reader fills the current one.
 *
 * <p>Why: a fresh {@code float[]} is zeroed by the thread that allocates it, and that first touch of every page is
 * a page fault; for a 1 GB matrix this took about as long as reading the file from the page cache. Allocating one
 * block ahead moves that work to a second core. At most one block (≤ 64 MiB) is allocated beyond what the reader
 * has asked for, and none beyond the matrix. Not thread-safe: one reader thread asks for the blocks.
 */
public final class MatrixBlockAllocator implements AutoCloseable {

    private final int rows;
    private final int cols;
    private final int rowsPerBlock;
    private final float[][] blocks;
    private ExecutorService executor;
    private Future<float[]> ahead;
    private int aheadBlock = -1;

    /**
     * @param rowsPerBlock rows per block, ≥ 1, with rowsPerBlock × cols ≤ {@link Integer#MAX_VALUE}
     */
    public MatrixBlockAllocator(int rows, int cols, int rowsPerBlock) {
        if (rows < 0 || cols < 1 || rowsPerBlock < 1 || (long) rowsPerBlock * cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expected rows >= 0, cols >= 1 and 1 <= rowsPerBlock x cols <= "
                    + Integer.MAX_VALUE + ", got " + rows + ", " + cols + ", " + rowsPerBlock);
        }
        this.rows = rows;
        this.cols = cols;
        this.rowsPerBlock = rowsPerBlock;
        this.blocks = new float[(int) (((long) rows + rowsPerBlock - 1) / rowsPerBlock)][];
    }

    public int rowsPerBlock() {
        return rowsPerBlock;
    }

    /** The block holding row {@code row}, zero-filled on first use; starts allocating the following block. */
    public float[] blockOfRow(int row) {
        int b = row / rowsPerBlock;
        if (blocks[b] == null) {
            blocks[b] = b == aheadBlock ? await() : allocate(b);
            if (b + 1 < blocks.length && blocks[b + 1] == null && aheadBlock < 0) {
                if (executor == null) {
                    executor = Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "spikemix-block-allocator");
                        t.setDaemon(true);
                        return t;
                    });
                }
                int next = b + 1;
                aheadBlock = next;
                ahead = executor.submit(() -> allocate(next));
            }
        }
        return blocks[b];
    }

    /** The offset of row {@code row} in {@link #blockOfRow(int)}. */
    public int offsetOf(int row) {
        return (row % rowsPerBlock) * cols;
    }

    /** The matrix over all blocks; blocks never asked for are allocated (zero) now. */
    public SpectralMatrix finish() {
        for (int b = 0; b < blocks.length; b++) {
            if (blocks[b] == null) {
                blockOfRow(b * rowsPerBlock);
            }
        }
        close();
        return SpectralMatrix.wrap(rows, cols, rowsPerBlock, blocks);
    }

    private float[] allocate(int b) {
        return new float[Math.min(rowsPerBlock, rows - b * rowsPerBlock) * cols];
    }

    private float[] await() {
        Future<float[]> f = ahead;
        int b = aheadBlock;
        ahead = null;
        aheadBlock = -1;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error) {
                        throw (Error) e.getCause();
                    }
                    return allocate(b);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the background thread; a block being allocated ahead is dropped. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        ahead = null;
        aheadBlock = -1;
    }
}
