package io.spikemix.spark;

import java.io.Serializable;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * One engine block of pixels: rows {@code [firstRow, firstRow + rows)} of the dataset, row-major float32, the unit in
 * which every distributed pass hands rows to the engine's kernels.
 *
 * <p>Blocks start at multiples of {@link BlockLayout#BLOCK_ROWS}, the engine's block (and a whole number of k-means
 * chunks), so a kernel called on a block sees exactly the rows the engine gives one of its tasks, and the per-chunk
 * partial sums it returns are the engine's own.
 */
public final class PixelBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final int firstRow;
    private final int rows;
    private final int cols;
    private final float[] values;

    /**
     * @param index    the block's position in the dataset (0, 1, …), the order in which partial sums are reduced
     * @param firstRow the dataset row of the block's first pixel
     * @param values   rows × cols values, row-major, taken as they are (not copied)
     */
    public PixelBlock(int index, int firstRow, int rows, int cols, float[] values) {
        if (values.length != (long) rows * cols) {
            throw new IllegalArgumentException("block " + index + " must hold " + rows + " x " + cols + " values, got "
                    + values.length);
        }
        this.index = index;
        this.firstRow = firstRow;
        this.rows = rows;
        this.cols = cols;
        this.values = values;
    }

    public int index() {
        return index;
    }

    public int firstRow() {
        return firstRow;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The block as an engine matrix (one storage block, shared, not copied). */
    public SpectralMatrix matrix() {
        return SpectralMatrix.wrap(rows, cols, Math.max(rows, 1), rows == 0 ? new float[0][] : new float[][] { values });
    }
}
