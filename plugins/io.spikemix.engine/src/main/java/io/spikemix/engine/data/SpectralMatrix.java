package io.spikemix.engine.data;

import java.util.Arrays;

/**
 * A dense pixels × features matrix of float32 values, row-major, stored in blocks of whole rows.
 *
 * <p>Spectral cubes of imaging mass spectrometry easily exceed 2³¹ values (2 M pixels × 2,000 m/z bins), which no
 * single Java array can hold, so the rows are split into blocks of at most {@link #MAX_BLOCK_VALUES} values. A row
 * never straddles two blocks, so hot loops fetch {@link #blockOf(int)} and {@link #offsetOf(int)} once per row and
 * then run over a plain {@code float[]}.
 *
 * <p>Values are float32 to halve the memory and bandwidth of the EM passes; every algorithm accumulates in double.
 * The matrix is mutable (readers and normalisers fill it in place) but never resized.
 */
public final class SpectralMatrix {

    /** Largest number of values in one storage block (64 MiB of floats). */
    public static final int MAX_BLOCK_VALUES = 1 << 24;

    private final int rows;
    private final int cols;
    private final int rowsPerBlock;
    private final float[][] blocks;

    private SpectralMatrix(int rows, int cols, int rowsPerBlock) {
        this.rows = rows;
        this.cols = cols;
        this.rowsPerBlock = rowsPerBlock;
        int nBlocks = rows == 0 ? 0 : (int) (((long) rows + rowsPerBlock - 1) / rowsPerBlock);
        this.blocks = new float[nBlocks][];
        for (int b = 0; b < nBlocks; b++) {
            int r = Math.min(rowsPerBlock, rows - b * rowsPerBlock);
            blocks[b] = new float[r * cols];
        }
    }

    private SpectralMatrix(int rows, int cols, int rowsPerBlock, float[][] blocks) {
        this.rows = rows;
        this.cols = cols;
        this.rowsPerBlock = rowsPerBlock;
        this.blocks = blocks;
    }

    /**
     * Allocates a zero-filled matrix.
     *
     * @param rows number of pixels, ≥ 0
     * @param cols number of features, ≥ 1 and ≤ {@link #MAX_BLOCK_VALUES}
     */
    public static SpectralMatrix allocate(int rows, int cols) {
        return allocate(rows, cols, MAX_BLOCK_VALUES);
    }

    /**
     * Allocates a zero-filled matrix with a given block size; small block sizes exist so tests can exercise the
     * multi-block paths without gigabytes of data.
     */
    public static SpectralMatrix allocate(int rows, int cols, int maxBlockValues) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, got " + rows);
        }
        if (cols < 1) {
            throw new IllegalArgumentException("cols must be >= 1, got " + cols);
        }
        if (cols > maxBlockValues) {
            throw new IllegalArgumentException("cols must be <= " + maxBlockValues + ", got " + cols);
        }
        return new SpectralMatrix(rows, cols, Math.max(1, maxBlockValues / cols));
    }

    /** The number of rows per storage block that {@link #allocate(int, int)} uses for {@code cols} columns. */
    public static int rowsPerBlock(int cols) {
        if (cols < 1 || cols > MAX_BLOCK_VALUES) {
            throw new IllegalArgumentException("cols must be between 1 and " + MAX_BLOCK_VALUES + ", got " + cols);
        }
        return MAX_BLOCK_VALUES / cols;
    }

    /**
     * Wraps storage blocks a reader has filled, without copying. Readers allocate each block just before filling
     * it, so zeroing and first-touch page faults of a gigabyte matrix overlap with reading the file instead of
     * preceding it.
     *
     * @param rowsPerBlock rows in every block but the last, ≥ 1
     * @param blocks       block b holds rows [b·rowsPerBlock, min(rows, (b+1)·rowsPerBlock)) row-major, exactly
     *                     that many rows × cols values
     * @throws IllegalArgumentException when the blocks do not have that layout
     */
    public static SpectralMatrix wrap(int rows, int cols, int rowsPerBlock, float[][] blocks) {
        if (rows < 0 || cols < 1 || rowsPerBlock < 1 || (long) rowsPerBlock * cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expected rows >= 0, cols >= 1 and rowsPerBlock x cols <= "
                    + Integer.MAX_VALUE + ", got " + rows + ", " + cols + ", " + rowsPerBlock);
        }
        long nBlocks = rows == 0 ? 0 : ((long) rows + rowsPerBlock - 1) / rowsPerBlock;
        if (blocks.length != nBlocks) {
            throw new IllegalArgumentException("expected " + nBlocks + " blocks, got " + blocks.length);
        }
        for (int b = 0; b < blocks.length; b++) {
            long expected = (long) Math.min(rowsPerBlock, rows - (long) b * rowsPerBlock) * cols;
            if (blocks[b] == null || blocks[b].length != expected) {
                throw new IllegalArgumentException("block " + b + " must hold " + expected + " values, got "
                        + (blocks[b] == null ? "null" : Integer.toString(blocks[b].length)));
            }
        }
        return new SpectralMatrix(rows, cols, rowsPerBlock, blocks.clone());
    }

    /** Wraps row-major values in a new matrix (copied once). */
    public static SpectralMatrix of(float[][] rowsData) {
        int cols = rowsData.length == 0 ? 1 : rowsData[0].length;
        SpectralMatrix m = allocate(rowsData.length, cols);
        for (int i = 0; i < rowsData.length; i++) {
            if (rowsData[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + rowsData[i].length + " values, expected " + cols);
            }
            m.setRow(i, rowsData[i]);
        }
        return m;
    }

    /** Converts double rows to a new float32 matrix. */
    public static SpectralMatrix of(double[][] rowsData) {
        int cols = rowsData.length == 0 ? 1 : rowsData[0].length;
        SpectralMatrix m = allocate(rowsData.length, cols);
        for (int i = 0; i < rowsData.length; i++) {
            if (rowsData[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + rowsData[i].length + " values, expected " + cols);
            }
            float[] b = m.blockOf(i);
            int o = m.offsetOf(i);
            for (int j = 0; j < cols; j++) {
                b[o + j] = (float) rowsData[i][j];
            }
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Total number of values, rows × cols, which may exceed {@link Integer#MAX_VALUE}. */
    public long size() {
        return (long) rows * cols;
    }

    public int blockCount() {
        return blocks.length;
    }

    /** Number of rows in every block but possibly the last. */
    public int rowsPerBlock() {
        return rowsPerBlock;
    }

    /** The storage array holding row {@code row}. */
    public float[] blockOf(int row) {
        return blocks[row / rowsPerBlock];
    }

    /** The offset of row {@code row}'s first value within {@link #blockOf(int)}. */
    public int offsetOf(int row) {
        return (row % rowsPerBlock) * cols;
    }

    public float get(int row, int col) {
        return blocks[row / rowsPerBlock][(row % rowsPerBlock) * cols + col];
    }

    public void set(int row, int col, float value) {
        blocks[row / rowsPerBlock][(row % rowsPerBlock) * cols + col] = value;
    }

    /** Copies row {@code row} into {@code dst[0..cols)}. */
    public void getRow(int row, float[] dst) {
        System.arraycopy(blockOf(row), offsetOf(row), dst, 0, cols);
    }

    /** Copies row {@code row} into {@code dst[0..cols)} as double. */
    public void getRow(int row, double[] dst) {
        float[] b = blockOf(row);
        int o = offsetOf(row);
        for (int j = 0; j < cols; j++) {
            dst[j] = b[o + j];
        }
    }

    public void setRow(int row, float[] src) {
        System.arraycopy(src, 0, blockOf(row), offsetOf(row), cols);
    }

    /** A new matrix with the same values. */
    public SpectralMatrix copy() {
        SpectralMatrix m = new SpectralMatrix(rows, cols, rowsPerBlock);
        for (int b = 0; b < blocks.length; b++) {
            System.arraycopy(blocks[b], 0, m.blocks[b], 0, blocks[b].length);
        }
        return m;
    }

    /** The values as double rows; for small matrices in tests and adapters. */
    public double[][] toDoubleRows() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            getRow(i, out[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SpectralMatrix)) {
            return false;
        }
        SpectralMatrix m = (SpectralMatrix) o;
        if (m.rows != rows || m.cols != cols) {
            return false;
        }
        for (int i = 0; i < rows; i++) {
            if (!Arrays.equals(blockOf(i), offsetOf(i), offsetOf(i) + cols, m.blockOf(i), m.offsetOf(i), m.offsetOf(i) + cols)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 31 * rows + cols;
        for (float[] b : blocks) {
            h = 31 * h + Arrays.hashCode(b);
        }
        return h;
    }

    @Override
    public String toString() {
        return "SpectralMatrix[" + rows + " x " + cols + "]";
    }
}
