package io.spikemix.knime.base.table;

import java.util.Arrays;
import java.util.Map;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;

/**
 * The image geometry spelled by the {@code x}, {@code y} columns of a pixel table: width and height, and the order
 * that puts table rows into row-major pixel order (what {@link SpectralCube} expects).
 *
 * <p>Rows of a pixel table may come in any order and the image may have holes (masked pixels have no row). The
 * image is the bounding box from (0, 0) to (max x, max y). Building takes O(N log N) for N rows.
 */
public final class PixelLayout {

    private final int width;
    private final int height;
    private final int[] tableRowOfCubeRow;
    private final int[] pixelIndexOfCubeRow;
    private final boolean tableOrderIsPixelOrder;

    private PixelLayout(int width, int height, int[] tableRowOfCubeRow, int[] pixelIndexOfCubeRow, boolean inOrder) {
        this.width = width;
        this.height = height;
        this.tableRowOfCubeRow = tableRowOfCubeRow;
        this.pixelIndexOfCubeRow = pixelIndexOfCubeRow;
        this.tableOrderIsPixelOrder = inOrder;
    }

    /**
     * The layout of table rows with the given coordinates.
     *
     * @param x per table row, the 0-based x coordinate; not modified
     * @param y per table row, the 0-based y coordinate; not modified
     * @throws IllegalArgumentException naming the row when a coordinate is negative or a pixel appears twice
     */
    public static PixelLayout of(int[] x, int[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " entries but y has " + y.length);
        }
        int n = x.length;
        if (n == 0) {
            throw new IllegalArgumentException("A pixel table needs at least one row.");
        }
        int maxX = 0;
        int maxY = 0;
        for (int r = 0; r < n; r++) {
            if (x[r] < 0 || y[r] < 0) {
                throw new IllegalArgumentException("Pixel coordinates must be >= 0. Got (x=" + x[r] + ", y=" + y[r]
                        + ") in row " + r + " instead.");
            }
            maxX = Math.max(maxX, x[r]);
            maxY = Math.max(maxY, y[r]);
        }
        long w = maxX + 1L;
        long h = maxY + 1L;
        if (w * h > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The pixel coordinates span " + w + " x " + h
                    + " pixels, more than " + Integer.MAX_VALUE + ".");
        }
        // Sort (pixel index, row) pairs packed into longs: the pixel index in the high bits keeps equal pixels
        // adjacent, so duplicates are found in the same pass.
        long[] keyed = new long[n];
        boolean inOrder = true;
        long previous = -1;
        for (int r = 0; r < n; r++) {
            long pixel = (long) y[r] * w + x[r];
            keyed[r] = (pixel << 31) | r;
            inOrder &= pixel > previous;
            previous = pixel;
        }
        if (!inOrder) {
            Arrays.sort(keyed);
        }
        int[] rowOf = new int[n];
        int[] pixelOf = new int[n];
        for (int i = 0; i < n; i++) {
            rowOf[i] = (int) (keyed[i] & 0x7fffffffL);
            pixelOf[i] = (int) (keyed[i] >>> 31);
            if (i > 0 && pixelOf[i] == pixelOf[i - 1]) {
                int a = Math.min(rowOf[i - 1], rowOf[i]);
                int b = Math.max(rowOf[i - 1], rowOf[i]);
                throw new IllegalArgumentException("Pixel (x=" + x[a] + ", y=" + y[a] + ") appears twice: rows " + a
                        + " and " + b + ". Each pixel must have one row.");
            }
        }
        return new PixelLayout((int) w, (int) h, rowOf, pixelOf, inOrder);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Number of rows (valid pixels). */
    public int rows() {
        return tableRowOfCubeRow.length;
    }

    /** The table row holding cube row {@code cubeRow} (cube rows are in row-major pixel order). */
    public int tableRow(int cubeRow) {
        return tableRowOfCubeRow[cubeRow];
    }

    /**
     * The cube of these pixels.
     *
     * @param tableOrder spectra in table row order; not modified (copied into pixel order unless already in it)
     */
    public SpectralCube cube(SpectralMatrix tableOrder, BandAxis axis) {
        if (tableOrder.rows() != rows()) {
            throw new IllegalArgumentException("spectra have " + tableOrder.rows() + " rows, layout has " + rows());
        }
        SpectralMatrix pixelOrder = tableOrder;
        if (!tableOrderIsPixelOrder) {
            pixelOrder = SpectralMatrix.allocate(rows(), tableOrder.cols());
            float[] row = new float[tableOrder.cols()];
            for (int i = 0; i < rows(); i++) {
                tableOrder.getRow(tableRowOfCubeRow[i], row);
                pixelOrder.setRow(i, row);
            }
        }
        return SpectralCube.masked(height, width, pixelOrder, pixelIndexOfCubeRow.clone(), axis, Map.of());
    }

    /** Reorders per-cube-row values (e.g. labels) into table row order. */
    public int[] toTableOrder(int[] perCubeRow) {
        if (perCubeRow.length != rows()) {
            throw new IllegalArgumentException("got " + perCubeRow.length + " values for " + rows() + " rows");
        }
        int[] out = new int[perCubeRow.length];
        for (int i = 0; i < out.length; i++) {
            out[tableRowOfCubeRow[i]] = perCubeRow[i];
        }
        return out;
    }
}
