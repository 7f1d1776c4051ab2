package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.SpectralFileException;

import java.nio.file.Path;

/**
 * Reads the m/z arrays of spectra into one reused buffer, skipping the read when a spectrum shares the array just
 * read (continuous files, and processed files that point several spectra at one array), and checks them.
 *
 * <p>An m/z axis must be finite, positive and strictly increasing (issue 17, item 8b: a corrupted value such as
 * −1.4e306 was accepted): binning, peak windows and ppm widths all rest on that order. Not thread-safe.
 */
final class MzArrays {

    private final ImzmlIndex index;
    private final IbdFile ibd;
    private final Path file;
    private double[] mz = new double[16];
    private long cachedOffset = -1;

    MzArrays(ImzmlIndex index, IbdFile ibd, Path file) {
        this.index = index;
        this.ibd = ibd;
        this.file = file;
    }

    /** Whether spectrum {@code s}'s m/z array is another one than the array read last. */
    boolean isNew(int s) {
        return index.mzOffset(s) != cachedOffset || mz.length < index.mzLength(s);
    }

    /** Spectrum {@code s}'s m/z values in the first {@code mzLength(s)} slots of a reused buffer. */
    double[] read(int s) throws SpectralFileException {
        int len = index.mzLength(s);
        if (mz.length < len) {
            mz = new double[len];
            cachedOffset = -1;
        }
        if (index.mzOffset(s) != cachedOffset) {
            ibd.mz(index, s, mz);
            cachedOffset = index.mzOffset(s);
        }
        return mz;
    }

    /** {@link #read}, then the check of the class comment. */
    double[] checked(int s) throws SpectralFileException {
        boolean fresh = isNew(s);
        double[] v = read(s);
        if (fresh) {
            check(file, s, v, index.mzLength(s));
        }
        return v;
    }

    static void check(Path file, int s, double[] mz, int len) throws SpectralFileException {
        for (int i = 0; i < len; i++) {
            double v = mz[i];
            if (!(v > 0) || v == Double.POSITIVE_INFINITY) {
                throw new SpectralFileException(file, "spectrum " + s + " m/z array index " + i, "expected a finite "
                        + "m/z > 0, found " + v);
            }
            if (i > 0 && !(v > mz[i - 1])) {
                throw new SpectralFileException(file, "spectrum " + s + " m/z array index " + i, "expected m/z "
                        + "values strictly increasing, found " + mz[i - 1] + " then " + v);
            }
        }
    }
}
