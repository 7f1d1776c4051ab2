package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ImzmlAxisMode;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything an imzML read decides before it decodes a single intensity: the .ibd checked against the index (UUID,
 * every array inside the file, the checksum on request), the rows (spectra sorted by pixel) and the common m/z axis
 * (the continuous axis or a band subset of it, or the bins / peak list of {@link Binner}).
 *
 * <p>Why a class of its own: the in-memory read ({@link ImzmlReader}) and the two-pass streaming feature extraction
 * ({@link StreamingFeatureExtractor}) share it, so both see the same rows and axis. Immutable; {@link #decoder()}
 * opens one {@link RowDecoder} per thread. Memory: two ints per spectrum plus the axis.
 */
final class ImzmlPlan {

    private final ImzmlIndex index;
    private final Path file;
    private final int[] order;
    private final int[] pixelIndex;
    private final BandAxis axis;
    private final int[] bands;
    private final Binner binner;
    private final Map<String, String> metadata;

    private ImzmlPlan(ImzmlIndex index, Path file, int[] order, int[] pixelIndex, BandAxis axis, int[] bands,
            Binner binner, Map<String, String> metadata) {
        this.index = index;
        this.file = file;
        this.order = order;
        this.pixelIndex = pixelIndex;
        this.axis = axis;
        this.bands = bands;
        this.binner = binner;
        this.metadata = metadata;
    }

    /** Checks the .ibd file {@code ibd} (open on {@code file}) against {@code index} and fixes rows and axis. */
    static ImzmlPlan prepare(ImzmlIndex index, IbdFile ibd, Path file, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        checkUuid(index, ibd, file);
        int n = index.spectrumCount();
        for (int s = 0; s < n; s++) {
            ibd.checkArrays(index, s);
        }
        if (options.verifyChecksum()) {
            verifyChecksum(index, file, monitor.subRange(0, 0.5));
        }
        int[] order = pixelOrder(index, file);
        int[] pixelIndex = new int[n];
        for (int r = 0; r < n; r++) {
            int s = order[r];
            pixelIndex[r] = (index.y(s) - 1) * index.width() + index.x(s) - 1;
        }
        ImzmlAxisMode mode = options.imzmlAxisMode();
        if (mode == ImzmlAxisMode.AUTO) {
            mode = index.isContinuous() ? null : ImzmlAxisMode.BIN;
        }
        Map<String, String> md = new LinkedHashMap<>();
        md.put("format", "imzML");
        md.put("file", file.toString());
        md.putAll(index.metadata());
        if (mode == null) {
            double[] mz = continuousAxis(index, ibd, file);
            BandAxis full = BandAxis.of(mz, "m/z");
            int[] bands = ReaderSupport.selectBands(file, full, null, options);
            boolean all = ReaderSupport.isAll(bands, mz.length);
            return new ImzmlPlan(index, file, order, pixelIndex, all ? full : full.select(bands), all ? null : bands,
                    null, md);
        }
        Binner binner = mode == ImzmlAxisMode.PEAK_LIST
                ? Binner.peaks(options.peakList().orElseThrow(), options.mzTolerance(), options, file)
                : Binner.bins(index, ibd, options, file, monitor.subRange(0.5, 1));
        md.put("imzml.axis", mode == ImzmlAxisMode.PEAK_LIST ? "peak list" : "bins");
        md.put("imzml.tolerance", options.mzTolerance().toString());
        return new ImzmlPlan(index, file, order, pixelIndex, binner.axis(), null, binner, md);
    }

    /** The .ibd file. */
    Path file() {
        return file;
    }

    /** Rows: one per spectrum. */
    int rows() {
        return order.length;
    }

    /** Spectrum number of row {@code r} (rows run in pixel order). */
    int spectrum(int r) {
        return order[r];
    }

    BandAxis axis() {
        return axis;
    }

    /** A decoder for one thread. */
    RowDecoder decoder() throws SpectralFileException {
        return new RowDecoder(index, file, bands, binner);
    }

    /** All rows decoded into a new matrix on {@code threads} threads, after checking that it fits in the heap. */
    SpectralMatrix decodeAll(int threads, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        int cols = axis.size();
        ReaderSupport.checkAllocation(file, binner == null ? "spectra x m/z values" : "spectra x bins", order.length,
                cols);
        return ParallelRowDecoder.decode(this::decoder, file, order, cols, SpectralMatrix.rowsPerBlock(cols), threads,
                monitor);
    }

    /** The cube of the rows {@code m} on {@code bandAxis}, with the read's metadata plus {@code extra}. */
    SpectralCube cube(SpectralMatrix m, BandAxis bandAxis, Map<String, String> extra) {
        Map<String, String> md = new LinkedHashMap<>(metadata);
        md.putAll(extra);
        return SpectralCube.masked(index.height(), index.width(), m, pixelIndex, bandAxis, md);
    }

    /** The warnings of the parse, or null (see {@link ImzmlXmlHandler#WARNING_KEY}). */
    String warning() {
        return index.metadata().get(ImzmlXmlHandler.WARNING_KEY);
    }

    private static void checkUuid(ImzmlIndex index, IbdFile ibd, Path ibdPath) throws SpectralFileException {
        byte[] head = ibd.head();
        if (!Arrays.equals(head, index.uuid())) {
            throw new SpectralFileException(ibdPath, "UUID", "expected the .ibd file to start with the UUID "
                    + HexFormat.of().formatHex(index.uuid()) + " declared in the .imzML file, found "
                    + HexFormat.of().formatHex(head));
        }
    }

    /** Compares the digest of the whole .ibd file with the declared one. */
    static void verifyChecksum(ImzmlIndex index, Path ibdPath, ProgressMonitor monitor) throws SpectralFileException,
            CanceledException {
        String algorithm = index.checksumAlgorithm().orElseThrow(() -> new SpectralFileException(ibdPath,
                "checksum", "verification was asked for but the .imzML declares no ibd SHA-1 (IMS:1000091) or MD5 "
                        + "(IMS:1000090)"));
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new SpectralFileException(ibdPath, "checksum", algorithm + " is not available in this Java runtime",
                    e);
        }
        byte[] buf = new byte[1 << 20];
        long total = 0;
        try (InputStream in = Files.newInputStream(ibdPath)) {
            long size = Files.size(ibdPath);
            for (int r; (r = in.read(buf)) > 0; ) {
                digest.update(buf, 0, r);
                total += r;
                monitor.checkCanceled();
                double f = size == 0 ? 1 : (double) total / size;
                monitor.setProgress(f, () -> "Verifying the " + algorithm + " checksum");
            }
        } catch (IOException e) {
            throw new SpectralFileException(ibdPath, "checksum", "cannot be read: " + e.getMessage(), e);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equalsIgnoreCase(index.checksum().orElseThrow())) {
            throw new SpectralFileException(ibdPath, "ibd " + algorithm, "expected the declared checksum "
                    + index.checksum().get() + ", found " + actual);
        }
    }

    /** Spectrum numbers sorted by pixel index; two spectra at one pixel are an error. */
    private static int[] pixelOrder(ImzmlIndex index, Path file) throws SpectralFileException {
        int n = index.spectrumCount();
        long[] keys = new long[n];
        for (int s = 0; s < n; s++) {
            long pixel = (long) (index.y(s) - 1) * index.width() + index.x(s) - 1;
            keys[s] = (pixel << 32) | s;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) keys[r];
            if (r > 0 && (keys[r] >>> 32) == (keys[r - 1] >>> 32)) {
                int s = order[r];
                throw new SpectralFileException(file, "spectrum " + s + " position", "expected one spectrum per "
                        + "pixel, found spectra " + (int) keys[r - 1] + " and " + s + " both at x=" + index.x(s)
                        + ", y=" + index.y(s));
            }
        }
        return order;
    }

    /** The shared m/z array of a continuous file, checked (finite, positive, strictly increasing). */
    private static double[] continuousAxis(ImzmlIndex index, IbdFile ibd, Path file) throws SpectralFileException {
        int len = index.mzLength(0);
        for (int s = 1; s < index.spectrumCount(); s++) {
            if (index.mzLength(s) != len) {
                throw new SpectralFileException(file, "spectrum " + s + " m/z array", "a continuous file shares one "
                        + "m/z array; expected " + len + " values, found " + index.mzLength(s));
            }
        }
        if (len == 0) {
            throw new SpectralFileException(file, "m/z array", "expected at least one m/z value, found none");
        }
        double[] mz = new double[len];
        ibd.mz(index, 0, mz);
        MzArrays.check(file, 0, mz, len);
        return mz;
    }
}
