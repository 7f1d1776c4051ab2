package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ImzmlAxisMode;
import io.spikemix.engine.io.MzTolerance;
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
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an imzML 1.1 image (.imzML metadata plus .ibd binary) into a {@link SpectralCube} whose band axis is m/z.
 *
 * <p>Continuous files are read as stored: the shared m/z array is the axis, each spectrum's intensities are
 * converted once into its matrix row. Processed files (one m/z array per spectrum) are put on a common axis (see
 * {@link ImzmlAxisMode}): <b>binning</b> cuts [min m/z, max m/z] of all spectra into bins of the tolerance width
 * (Da: equal widths; ppm: widths growing with m/z, bin k = ⌊ln(mz/min) / ln(1 + tol·10⁻⁶)⌋), keeps only bins that
 * hold at least one data point in some spectrum (band value = bin centre) and sums the intensities in each bin;
 * <b>peak list</b> sums the intensities within the tolerance of each given peak (a point within the tolerance of
 * two peaks goes to the nearer one). Both may also be asked for with continuous files.
 *
 * <p>The .ibd file must start with the UUID declared in the .imzML, every array must lie inside it, and on request
 * its SHA-1 or MD5 must match the declared one. Pixels without a spectrum are masked; positions are 1-based in
 * imzML and 0-based in the cube.
 *
 * <p>Threads: the XML is parsed on up to 4 threads ({@link ImzmlParser}); continuous spectra are decoded on up to 4
 * threads ({@link ContinuousDecoder}).
 * The result does not depend on the number of threads. Time O(XML bytes + total data points); memory: the float32
 * matrix plus one 8 MiB read window per decoding run and, when binning, one bit per bin.
 */
public final class ImzmlReader {

    /** Most threads decoding a continuous file. */
    private static final int DECODE_THREADS = 4;

    private ImzmlReader() {
    }

    /** Reads from the .imzML file (or its .ibd file; the partner is found next to it). */
    public static SpectralCube read(Path file, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        Path imzml = partner(file, "imzML");
        Path ibd = partner(file, "ibd");
        ImzmlIndex index = ImzmlParser.parse(imzml, monitor.subRange(0, 0.2));
        return read(index, ibd, options, monitor.subRange(0.2, 1));
    }

    /** The sibling with the given extension (any case), or the file itself if it has it. */
    static Path partner(Path file, String ext) throws SpectralFileException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (dot >= 0 && name.substring(dot + 1).equalsIgnoreCase(ext)) {
            return file;
        }
        for (String e : new String[] {ext, ext.toLowerCase(Locale.ROOT), ext.toUpperCase(Locale.ROOT)}) {
            Path p = file.resolveSibling(base + "." + e);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new SpectralFileException(file, ext, "expected the partner file " + base + "." + ext
                + " next to it, found none");
    }

    /** Reads the spectra an already parsed index describes from the binary file. */
    public static SpectralCube read(ImzmlIndex index, Path ibdPath, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        try (IbdFile ibd = new IbdFile(ibdPath)) {
            checkUuid(index, ibd, ibdPath);
            int n = index.spectrumCount();
            for (int s = 0; s < n; s++) {
                ibd.checkRange(s, "m/z array", index.mzOffset(s), index.mzLength(s), index.mzType(s));
                ibd.checkRange(s, "intensity array", index.intensityOffset(s),
                        index.intensityLength(s), index.intensityType(s));
            }
            if (options.verifyChecksum()) {
                verifyChecksum(index, ibdPath, monitor);
            }
            int[] order = pixelOrder(index, ibdPath);
            int[] pixelIndex = new int[n];
            for (int r = 0; r < n; r++) {
                int s = order[r];
                pixelIndex[r] = (index.y(s) - 1) * index.width() + index.x(s) - 1;
            }
            ImzmlAxisMode mode = options.imzmlAxisMode();
            if (mode == ImzmlAxisMode.AUTO) {
                mode = index.isContinuous() ? null : ImzmlAxisMode.BIN;
            }
            SpectralMatrix m;
            BandAxis axis;
            Map<String, String> md = new LinkedHashMap<>();
            md.put("format", "imzML");
            md.put("file", ibdPath.toString());
            md.putAll(index.metadata());
            if (mode == null) {
                double[] mz = continuousAxis(index, ibd, ibdPath);
                BandAxis full = BandAxis.of(mz, "m/z");
                int[] bands = ReaderSupport.selectBands(ibdPath, full, null, options);
                axis = ReaderSupport.isAll(bands, mz.length) ? full : full.select(bands);
                m = readContinuous(index, ibdPath, order, bands, monitor);
            } else {
                Binner binner = mode == ImzmlAxisMode.PEAK_LIST
                        ? Binner.peaks(options.peakList().orElseThrow(), options.mzTolerance(), options, ibdPath)
                        : Binner.bins(index, ibd, options, ibdPath, monitor.subRange(0, 0.3));
                axis = binner.axis();
                md.put("imzml.axis", mode == ImzmlAxisMode.PEAK_LIST ? "peak list" : "bins");
                md.put("imzml.tolerance", options.mzTolerance().toString());
                m = readBinned(index, ibd, ibdPath, order, binner, monitor.subRange(0.3, 1));
            }
            SpectralCube cube = SpectralCube.masked(index.height(), index.width(), m, pixelIndex, axis, md);
            monitor.setProgress(1, "Read " + ibdPath.getFileName());
            return ReaderSupport.finish(ibdPath, cube, options, monitor);
        } catch (IOException e) {
            if (e instanceof SpectralFileException) {
                throw (SpectralFileException) e;
            }
            throw new SpectralFileException(ibdPath, "ibd", "cannot be closed: " + e.getMessage(), e);
        }
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
                monitor.setProgress(f * 0.1, () -> "Verifying the " + algorithm + " checksum");
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
        ibd.readDoubles(index.mzOffset(0), len, index.mzType(0), mz);
        for (int i = 0; i < len; i++) {
            if (!Double.isFinite(mz[i])) {
                throw new SpectralFileException(file, "m/z array value " + i, "expected a finite m/z, found " + mz[i]);
            }
        }
        return mz;
    }

    private static SpectralMatrix readContinuous(ImzmlIndex index, Path file, int[] order, int[] bands,
            ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        ReaderSupport.checkAllocation(file, "spectra x m/z values", order.length, bands.length);
        int threads = Math.min(DECODE_THREADS, Runtime.getRuntime().availableProcessors());
        return ContinuousDecoder.decode(index, file, order, bands, SpectralMatrix.rowsPerBlock(bands.length), threads,
                monitor);
    }

    private static SpectralMatrix readBinned(ImzmlIndex index, IbdFile ibd, Path file, int[] order, Binner binner,
            ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        int n = order.length;
        int nb = binner.axis().size();
        ReaderSupport.checkAllocation(file, "spectra x bins", n, nb);
        SpectralMatrix m = SpectralMatrix.allocate(n, nb);
        double[] mz = new double[16];
        float[] in = new float[16];
        long cachedMzOffset = -1;
        for (int r = 0; r < n; r++) {
            int s = order[r];
            int len = index.mzLength(s);
            if (mz.length < len) {
                mz = new double[len];
                in = new float[len];
                cachedMzOffset = -1;
            }
            if (index.mzOffset(s) != cachedMzOffset) {
                ibd.readDoubles(index.mzOffset(s), len, index.mzType(s), mz);
                cachedMzOffset = index.mzOffset(s);
            }
            ibd.readFloats(index.intensityOffset(s), len, index.intensityType(s), in, 0);
            float[] block = m.blockOf(r);
            int off = m.offsetOf(r);
            for (int i = 0; i < len; i++) {
                int b = binner.band(mz[i], s, file);
                if (b >= 0) {
                    block[off + b] += in[i];
                }
            }
            progress(monitor, r, n);
        }
        return m;
    }

    private static void progress(ProgressMonitor monitor, int r, int n) throws CanceledException {
        if ((r & 1023) == 0) {
            monitor.checkCanceled();
            monitor.setProgress((double) r / n, () -> String.format(Locale.ROOT, "Reading spectrum %,d of %,d", r, n));
        }
    }

    /** Maps an m/z value to a band of the common axis, or −1 when it falls in no band. */
    private static final class Binner {
        private final BandAxis axis;
        // bins
        private final double min;
        private final double max;
        private final MzTolerance tol;
        private final double logStep;
        private final long nBins;
        private final long[] words;
        private final int[] rankBefore;
        // peaks
        private final double[] peaks;

        private Binner(BandAxis axis, double min, double max, MzTolerance tol, long nBins, long[] words,
                int[] rankBefore, double[] peaks) {
            this.axis = axis;
            this.min = min;
            this.max = max;
            this.tol = tol;
            this.logStep = Math.log1p(tol.value() * 1e-6);
            this.nBins = nBins;
            this.words = words;
            this.rankBefore = rankBefore;
            this.peaks = peaks;
        }

        BandAxis axis() {
            return axis;
        }

        static Binner peaks(double[] peakList, MzTolerance tol, ReadOptions options, Path file)
                throws SpectralFileException {
            double[] kept = Arrays.stream(peakList).filter(p -> p >= options.bandMin() && p <= options.bandMax())
                    .toArray();
            if (kept.length == 0) {
                throw new SpectralFileException(file, "peak list", "no peak lies in the band range ["
                        + options.bandMin() + ", " + options.bandMax() + "]; expected at least one");
            }
            return new Binner(BandAxis.of(kept, "m/z"), 0, 0, tol, 0, null, null, kept);
        }

        /** Finds the m/z extent from the first and last value of each (ascending) array, then the used bins. */
        static Binner bins(ImzmlIndex index, IbdFile ibd, ReadOptions options, Path file, ProgressMonitor monitor)
                throws SpectralFileException, CanceledException {
            MzTolerance tol = options.mzTolerance();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int n = index.spectrumCount();
            for (int s = 0; s < n; s++) {
                int len = index.mzLength(s);
                if (len == 0) {
                    continue;
                }
                double first = ibd.readOne(index.mzOffset(s), 0, index.mzType(s));
                double last = ibd.readOne(index.mzOffset(s), len - 1, index.mzType(s));
                if (!Double.isFinite(first) || !Double.isFinite(last) || last < first) {
                    throw new SpectralFileException(file, "spectrum " + s + " m/z array", "expected finite ascending "
                            + "m/z values, found first " + first + " and last " + last);
                }
                lo = Math.min(lo, first);
                hi = Math.max(hi, last);
            }
            if (lo > hi) {
                throw new SpectralFileException(file, "spectra", "expected at least one m/z value, all arrays are "
                        + "empty");
            }
            if (tol.unit() == MzTolerance.Unit.PPM && !(lo > 0)) {
                throw new SpectralFileException(file, "m/z array", "ppm bins need m/z > 0, found " + lo
                        + "; expected positive m/z values or a tolerance in Da");
            }
            double nb = tol.unit() == MzTolerance.Unit.DA ? Math.floor((hi - lo) / tol.value()) + 1
                    : Math.floor(Math.log(hi / lo) / Math.log1p(tol.value() * 1e-6)) + 1;
            if (!(nb <= Integer.MAX_VALUE - 64)) {
                throw new SpectralFileException(file, "tolerance", "binning " + lo + ".." + hi + " with " + tol
                        + " gives " + nb + " bins; expected at most " + (Integer.MAX_VALUE - 64)
                        + " (use a larger tolerance or a peak list)");
            }
            long nBins = (long) nb;
            Binner probe = new Binner(null, lo, hi, tol, nBins, null, null, null);
            BitSet used = new BitSet((int) nBins);
            double[] mz = new double[16];
            long cached = -1;
            for (int s = 0; s < n; s++) {
                int len = index.mzLength(s);
                if (mz.length < len) {
                    mz = new double[len];
                    cached = -1;
                }
                if (index.mzOffset(s) != cached) {
                    ibd.readDoubles(index.mzOffset(s), len, index.mzType(s), mz);
                    cached = index.mzOffset(s);
                    for (int i = 0; i < len; i++) {
                        used.set((int) probe.binOf(mz[i], s, file));
                    }
                }
                if ((s & 1023) == 0) {
                    monitor.checkCanceled();
                    double f = (double) s / n;
                    monitor.setProgress(f, () -> "Finding the m/z bins in use");
                }
            }
            for (int k = used.nextSetBit(0); k >= 0; k = used.nextSetBit(k + 1)) {
                double c = probe.centre(k);
                if (c < options.bandMin() || c > options.bandMax()) {
                    used.clear(k);
                }
            }
            int count = used.cardinality();
            if (count == 0) {
                throw new SpectralFileException(file, "band range", "no m/z bin lies in [" + options.bandMin() + ", "
                        + options.bandMax() + "]; expected at least one");
            }
            double[] centres = new double[count];
            int j = 0;
            for (int k = used.nextSetBit(0); k >= 0; k = used.nextSetBit(k + 1)) {
                centres[j++] = probe.centre(k);
            }
            long[] words = used.toLongArray();
            int[] rank = new int[words.length];
            int acc = 0;
            for (int w = 0; w < words.length; w++) {
                rank[w] = acc;
                acc += Long.bitCount(words[w]);
            }
            return new Binner(BandAxis.of(centres, "m/z"), lo, hi, tol, nBins, words, rank, null);
        }

        private long binOf(double mz, int s, Path file) throws SpectralFileException {
            if (!(mz >= min && mz <= max)) {
                throw new SpectralFileException(file, "spectrum " + s + " m/z array", "expected ascending m/z values "
                        + "within " + min + ".." + max + " (from the first and last values), found " + mz);
            }
            long k = tol.unit() == MzTolerance.Unit.DA ? (long) ((mz - min) / tol.value())
                    : (long) (Math.log(mz / min) / logStep);
            return Math.min(k, nBins - 1);
        }

        private double centre(long k) {
            return tol.unit() == MzTolerance.Unit.DA ? min + (k + 0.5) * tol.value() : min * Math.exp((k + 0.5) * logStep);
        }

        int band(double mz, int s, Path file) throws SpectralFileException {
            if (peaks != null) {
                int i = Arrays.binarySearch(peaks, mz);
                if (i >= 0) {
                    return i;
                }
                int hiIdx = -i - 1;
                int best = -1;
                double bestDist = Double.POSITIVE_INFINITY;
                for (int c : new int[] {hiIdx - 1, hiIdx}) {
                    if (c >= 0 && c < peaks.length) {
                        double d = Math.abs(mz - peaks[c]);
                        if (d <= tol.halfWidth(peaks[c]) && d < bestDist) {
                            best = c;
                            bestDist = d;
                        }
                    }
                }
                return best;
            }
            long k = binOf(mz, s, file);
            int w = (int) (k >>> 6);
            if (w >= words.length) {
                return -1;
            }
            long word = words[w];
            long bit = 1L << (k & 63);
            if ((word & bit) == 0) {
                return -1;
            }
            return rankBefore[w] + Long.bitCount(word & (bit - 1));
        }
    }
}
