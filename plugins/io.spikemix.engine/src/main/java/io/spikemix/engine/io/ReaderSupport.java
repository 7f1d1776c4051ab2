package io.spikemix.engine.io;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Steps every reader shares: choosing the band subset, refusing allocations the heap cannot hold, rejecting
 * non-finite values and re-inserting masked pixels as NaN rows when the user keeps them.
 *
 * <p>Stateless; all methods are linear in the data they touch.
 */
public final class ReaderSupport {

    /** Largest number of bands a cube may have: one row must fit one storage block of {@link SpectralMatrix}. */
    public static final int MAX_BANDS = SpectralMatrix.MAX_BLOCK_VALUES;

    private ReaderSupport() {
    }

    /**
     * The indices of the bands to keep, ascending: those whose axis value lies in the options' band range and,
     * when asked, not flagged bad.
     *
     * @param bad bad-band flags (true = bad), one per band, or null when the file has none
     * @throws SpectralFileException when no band remains
     */
    public static int[] selectBands(Path file, BandAxis axis, boolean[] bad, ReadOptions options)
            throws SpectralFileException {
        int[] keep = new int[axis.size()];
        int n = 0;
        for (int b = 0; b < axis.size(); b++) {
            double v = axis.value(b);
            boolean inRange = v >= options.bandMin() && v <= options.bandMax();
            boolean good = !(options.dropBadBands() && bad != null && bad[b]);
            if (inRange && good) {
                keep[n++] = b;
            }
        }
        if (n == 0) {
            throw new SpectralFileException(file, "band range", "no band of the axis " + axis + " lies in ["
                    + options.bandMin() + ", " + options.bandMax() + "]" + (options.dropBadBands() ? " and is good" : "")
                    + "; expected at least one band");
        }
        return Arrays.copyOf(keep, n);
    }

    /** True when {@code bands} is 0, 1, …, total-1. */
    public static boolean isAll(int[] bands, int total) {
        return bands.length == total;
    }

    /**
     * Fails with a clear message instead of an {@link OutOfMemoryError} when a {@code rows × cols} float32 matrix
     * cannot be held: too many bands for one storage block, more rows than an int, or more bytes than the heap
     * has free.
     */
    public static void checkAllocation(Path file, String field, long rows, long cols) throws SpectralFileException {
        if (cols < 1 || cols > MAX_BANDS) {
            throw new SpectralFileException(file, field, "expected between 1 and " + MAX_BANDS + " bands, found " + cols);
        }
        if (rows < 0 || rows > Integer.MAX_VALUE) {
            throw new SpectralFileException(file, field, "expected at most " + Integer.MAX_VALUE + " pixels, found "
                    + rows);
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long need = rows * cols * Float.BYTES;
        if (need > free) {
            throw new SpectralFileException(file, field, String.format(
                    "the cube needs %,d bytes as float32 (%,d pixels x %,d bands) but only %,d bytes of heap are free;"
                            + " expected a smaller cube, a band subset, or a larger -Xmx", need, rows, cols, free));
        }
    }

    /** Images up to this many pixels are accepted however few of their pixels hold a spectrum (64 MiB of labels). */
    public static final long MAX_SPARSE_PIXELS = 1L << 24;
    /** Larger images must hold a spectrum in at least one pixel of this many. */
    public static final int MAX_PIXELS_PER_SPECTRUM = 16;

    /**
     * Refuses an image whose pixel grid is mostly empty and large: label maps, masks and converted cubes are
     * allocated per pixel, so a few spectra at far-apart coordinates (two CSV lines at (0, 0) and (46339, 46339))
     * would otherwise cost gigabytes of memory or disk for nothing. Checked where a reader assembles the grid,
     * before anything is allocated per pixel.
     *
     * @param field the header field or columns that set the coordinates
     */
    public static void checkImageFill(Path file, String field, long height, long width, long spectra)
            throws SpectralFileException {
        long pixels = height * width;
        if (height > 0 && width > 0 && pixels / width == height && pixels <= MAX_SPARSE_PIXELS) {
            return;
        }
        if (height <= 0 || width <= 0 || pixels / width != height || pixels > Integer.MAX_VALUE
                || pixels > MAX_PIXELS_PER_SPECTRUM * Math.max(1, spectra)) {
            throw new SpectralFileException(file, field, String.format("the coordinates span %,d x %,d = %,d pixels for "
                    + "only %,d spectra; expected at least one spectrum per %d pixels in images over %,d pixels "
                    + "(check the coordinates)", width, height, pixels, spectra, MAX_PIXELS_PER_SPECTRUM,
                    MAX_SPARSE_PIXELS));
        }
    }

    /**
     * Throws for the first NaN or infinite value, naming its pixel (x, y) and band (index and axis value).
     */
    public static void rejectNonFinite(Path file, SpectralCube cube, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        SpectralMatrix m = cube.spectra();
        int d = m.cols();
        for (int r = 0; r < m.rows(); r++) {
            if ((r & 4095) == 0) {
                monitor.checkCanceled();
            }
            float[] block = m.blockOf(r);
            int o = m.offsetOf(r);
            for (int j = 0; j < d; j++) {
                float v = block[o + j];
                if (!Float.isFinite(v)) {
                    throw new SpectralFileException(file, "pixel (x=" + cube.x(r) + ", y=" + cube.y(r) + ") band " + j
                            + " (" + cube.bands().value(j) + " " + cube.bands().unit() + ")",
                            "expected a finite value, found " + v);
                }
            }
        }
    }

    /**
     * Applies the pixel-level options to a freshly read cube: non-finite rejection, then, when masked pixels are
     * kept, a full cube whose masked pixels are rows of NaN (this costs one more copy, only when asked).
     */
    public static SpectralCube finish(Path file, SpectralCube cube, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        if (cube.hasMask()) {
            checkImageFill(file, "pixel coordinates", cube.height(), cube.width(), cube.validCount());
        }
        if (options.rejectNonFinite()) {
            rejectNonFinite(file, cube, monitor);
        }
        if (options.dropMaskedPixels() || !cube.hasMask()) {
            return cube;
        }
        checkAllocation(file, "pixels", cube.pixelCount(), cube.bandCount());
        SpectralMatrix src = cube.spectra();
        SpectralMatrix full = SpectralMatrix.allocate(cube.pixelCount(), cube.bandCount());
        boolean[] valid = cube.validMask();
        float[] nan = new float[cube.bandCount()];
        Arrays.fill(nan, Float.NaN);
        float[] row = new float[cube.bandCount()];
        int r = 0;
        for (int p = 0; p < valid.length; p++) {
            if (valid[p]) {
                src.getRow(r++, row);
                full.setRow(p, row);
            } else {
                full.setRow(p, nan);
            }
        }
        return SpectralCube.masked(cube.height(), cube.width(), full, null, cube.bands(), cube.metadata());
    }
}
