package io.spikemix.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.kmeans.NearestCentroid;
import io.spikemix.engine.smm.PixelBlocks;

/**
 * How the N pixels of a dataset are cut into engine blocks and the blocks into Spark partitions.
 *
 * <p>A block holds {@link #BLOCK_ROWS} rows (the last one fewer), the engine's SMM block, which is a whole number of
 * k-means chunks ({@link NearestCentroid#CHUNK_ROWS}). Partitions hold runs of consecutive whole blocks, as evenly
 * as possible; since every partial sum is kept per block (or chunk) and reduced on the driver in block order, the
 * partition count changes where the work runs but not one addition.
 */
public final class BlockLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per block, the engine's {@link PixelBlocks#ROWS}. */
    public static final int BLOCK_ROWS = PixelBlocks.ROWS;

    static {
        if (BLOCK_ROWS % NearestCentroid.CHUNK_ROWS != 0) {
            throw new IllegalStateException("an engine block must hold whole k-means chunks");
        }
    }

    private final int rows;
    private final int partitions;

    /**
     * @param rows       N, at least 1
     * @param partitions requested partitions, at least 1; fewer are used when there are fewer blocks
     */
    public BlockLayout(int rows, int partitions) {
        if (rows < 1) {
            throw new IllegalArgumentException("a dataset needs at least one pixel, got " + rows);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("'partitions' must be at least 1, got " + partitions);
        }
        this.rows = rows;
        this.partitions = Math.min(partitions, blockCount(rows));
    }

    public static int blockCount(int rows) {
        return (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
    }

    public int rows() {
        return rows;
    }

    public int blocks() {
        return blockCount(rows);
    }

    public int partitions() {
        return partitions;
    }

    /** Rows in block {@code b}. */
    public int blockRows(int b) {
        return Math.min(BLOCK_ROWS, rows - b * BLOCK_ROWS);
    }

    /** k-means chunks in the dataset, {@link NearestCentroid#chunkCount}. */
    public int chunks() {
        return NearestCentroid.chunkCount(rows);
    }

    /** The blocks of every partition: partition p holds blocks {@code [result[p][0], result[p][1])}. */
    public List<int[]> blockRanges() {
        int blocks = blocks();
        List<int[]> ranges = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            int b0 = (int) ((long) blocks * p / partitions);
            int b1 = (int) ((long) blocks * (p + 1) / partitions);
            ranges.add(new int[] { b0, b1 });
        }
        return ranges;
    }
}
