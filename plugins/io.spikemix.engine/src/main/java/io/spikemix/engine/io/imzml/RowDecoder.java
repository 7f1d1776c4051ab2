package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.SpectralFileException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decodes one spectrum at a time into a float32 row on the common m/z axis of a read: the stored intensities of a
 * continuous file (all of them, or the selected bands), or the binned/peak-list sums of {@link Binner}.
 *
 * <p>Both the in-memory read ({@link ParallelRowDecoder}) and the streaming feature extraction
 * ({@link StreamingFeatureExtractor}) decode through this class, so a row holds the same bits on either path. Owns
 * an {@link IbdFile} (one read window, one inflater): one instance per thread.
 */
final class RowDecoder implements Closeable {

    /** Opens a decoder for one thread. */
    @FunctionalInterface
    interface Factory {
        RowDecoder open() throws SpectralFileException;
    }

    private final ImzmlIndex index;
    private final Path file;
    private final IbdFile ibd;
    private final int[] bands;
    private final Binner binner;
    private final MzArrays mzArrays;
    private float[] scratch = new float[16];

    /**
     * @param bands  the m/z indices to keep of a continuous file, ascending; null for all or when binning
     * @param binner the common axis of a binned or peak-list read; null for a continuous file as stored
     */
    RowDecoder(ImzmlIndex index, Path file, int[] bands, Binner binner) throws SpectralFileException {
        this.index = index;
        this.file = file;
        this.ibd = new IbdFile(file);
        this.bands = bands;
        this.binner = binner;
        this.mzArrays = binner == null ? null : new MzArrays(index, ibd, file);
    }

    /** Writes spectrum {@code s} to {@code dst[off …]} (as many values as the axis has bands). */
    void decode(int s, float[] dst, int off) throws SpectralFileException {
        if (binner != null) {
            decodeBinned(s, dst, off);
        } else if (bands == null) {
            ibd.intensities(index, s, dst, off);
        } else {
            float[] in = scratchOf(index.intensityLength(s));
            ibd.intensities(index, s, in, 0);
            for (int j = 0; j < bands.length; j++) {
                dst[off + j] = in[bands[j]];
            }
        }
    }

    /** Sums each data point into its band in point order, starting from +0 as a fresh matrix does. */
    private void decodeBinned(int s, float[] dst, int off) throws SpectralFileException {
        Arrays.fill(dst, off, off + binner.axis().size(), 0f);
        int len = index.mzLength(s);
        double[] mz = mzArrays.read(s);
        float[] in = scratchOf(len);
        ibd.intensities(index, s, in, 0);
        for (int i = 0; i < len; i++) {
            int b = binner.band(mz[i], s, file);
            if (b >= 0) {
                dst[off + b] += in[i];
            }
        }
    }

    private float[] scratchOf(int len) {
        if (scratch.length < len) {
            scratch = new float[len];
        }
        return scratch;
    }

    @Override
    public void close() throws IOException {
        ibd.close();
    }
}
