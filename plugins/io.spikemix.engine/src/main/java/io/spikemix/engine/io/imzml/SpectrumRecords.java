package io.spikemix.engine.io.imzml;

import java.util.Arrays;

/**
 * The per-spectrum facts an imzML parse collects, in document order: pixel position and where the m/z and intensity
 * arrays lie in the .ibd file. Parallel growable arrays (about 66 bytes per spectrum, no object per spectrum).
 *
 * <p>Slot {@link #count()} is the spectrum being read: its arrays are stored there by {@link #setArray} before
 * {@link #finishSpectrum} counts it. Not thread-safe; each parsing thread fills its own instance and the parts are
 * joined in document order with {@link #appendAll}.
 */
final class SpectrumRecords {

    private int n;
    private int[] xs = new int[1024];
    private int[] ys = new int[1024];
    private long[] mzOff = new long[1024];
    private int[] mzLen = new int[1024];
    private BinaryType[] mzTypes = new BinaryType[1024];
    private long[] mzEnc = new long[1024];
    private long[] inOff = new long[1024];
    private int[] inLen = new int[1024];
    private BinaryType[] inTypes = new BinaryType[1024];
    private long[] inEnc = new long[1024];

    int count() {
        return n;
    }

    /**
     * Stores the m/z ({@code mz}) or intensity array of the spectrum being read; {@code encoded} is the byte length
     * of its zlib stream, or −1 when it is stored uncompressed.
     */
    void setArray(boolean mz, long offset, int length, BinaryType type, long encoded) {
        ensureCapacity(n + 1);
        if (mz) {
            mzOff[n] = offset;
            mzLen[n] = length;
            mzTypes[n] = type;
            mzEnc[n] = encoded;
        } else {
            inOff[n] = offset;
            inLen[n] = length;
            inTypes[n] = type;
            inEnc[n] = encoded;
        }
    }

    /** Length of the current spectrum's m/z array as stored by {@link #setArray}. */
    int currentMzLength() {
        return mzLen[n];
    }

    int currentIntensityLength() {
        return inLen[n];
    }

    /** Counts the spectrum being read, at 1-based position (x, y). */
    void finishSpectrum(int x, int y) {
        ensureCapacity(n + 1);
        xs[n] = x;
        ys[n] = y;
        n++;
    }

    /** Appends all spectra of {@code other} after this one's. */
    void appendAll(SpectrumRecords other) {
        int m = other.n;
        ensureCapacity(n + m + 1);
        System.arraycopy(other.xs, 0, xs, n, m);
        System.arraycopy(other.ys, 0, ys, n, m);
        System.arraycopy(other.mzOff, 0, mzOff, n, m);
        System.arraycopy(other.mzLen, 0, mzLen, n, m);
        System.arraycopy(other.mzTypes, 0, mzTypes, n, m);
        System.arraycopy(other.mzEnc, 0, mzEnc, n, m);
        System.arraycopy(other.inOff, 0, inOff, n, m);
        System.arraycopy(other.inLen, 0, inLen, n, m);
        System.arraycopy(other.inTypes, 0, inTypes, n, m);
        System.arraycopy(other.inEnc, 0, inEnc, n, m);
        n += m;
    }

    int maxX(int atLeast) {
        int w = atLeast;
        for (int s = 0; s < n; s++) {
            w = Math.max(w, xs[s]);
        }
        return w;
    }

    int maxY(int atLeast) {
        int h = atLeast;
        for (int s = 0; s < n; s++) {
            h = Math.max(h, ys[s]);
        }
        return h;
    }

    ImzmlIndex toIndex(boolean continuous, byte[] uuid, String checksumAlgorithm, String checksum, int width,
            int height, java.util.Map<String, String> metadata) {
        return new ImzmlIndex(continuous, uuid, checksumAlgorithm, checksum, width, height, Arrays.copyOf(xs, n),
                Arrays.copyOf(ys, n), Arrays.copyOf(mzOff, n), Arrays.copyOf(mzLen, n), Arrays.copyOf(mzTypes, n),
                Arrays.copyOf(mzEnc, n), Arrays.copyOf(inOff, n), Arrays.copyOf(inLen, n), Arrays.copyOf(inTypes, n),
                Arrays.copyOf(inEnc, n), metadata);
    }

    private void ensureCapacity(int needed) {
        if (needed <= xs.length) {
            return;
        }
        int c = Math.max(needed, xs.length * 2);
        xs = Arrays.copyOf(xs, c);
        ys = Arrays.copyOf(ys, c);
        mzOff = Arrays.copyOf(mzOff, c);
        mzLen = Arrays.copyOf(mzLen, c);
        mzTypes = Arrays.copyOf(mzTypes, c);
        mzEnc = Arrays.copyOf(mzEnc, c);
        inOff = Arrays.copyOf(inOff, c);
        inLen = Arrays.copyOf(inLen, c);
        inTypes = Arrays.copyOf(inTypes, c);
        inEnc = Arrays.copyOf(inEnc, c);
    }
}
