package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Maps an m/z value to a band of the common axis of a processed read ({@link ImzmlReader}), or −1 when it falls in
 * no band: either the used bins of the tolerance width over all spectra, or the bands of a peak list.
 *
 * <p>Immutable once built, so one instance serves every decoding thread.
 */
final class Binner {
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

    /**
     * Checks every m/z array (issue 17, item 8b: finite, positive, strictly increasing) while finding the m/z extent
     * from their first and last values, then marks the bins in use.
     */
    static Binner bins(ImzmlIndex index, IbdFile ibd, ReadOptions options, Path file, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        MzTolerance tol = options.mzTolerance();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = index.spectrumCount();
        MzArrays arrays = new MzArrays(index, ibd, file);
        for (int s = 0; s < n; s++) {
            int len = index.mzLength(s);
            if (len == 0) {
                continue;
            }
            double[] mz = arrays.checked(s);
            lo = Math.min(lo, mz[0]);
            hi = Math.max(hi, mz[len - 1]);
            progress(monitor, s, n, 0);
        }
        if (lo > hi) {
            throw new SpectralFileException(file, "spectra", "expected at least one m/z value, all arrays are "
                    + "empty");
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
        for (int s = 0; s < n; s++) {
            int len = index.mzLength(s);
            if (len > 0 && arrays.isNew(s)) {
                double[] mz = arrays.read(s);
                for (int i = 0; i < len; i++) {
                    used.set((int) probe.binOf(mz[i], s, file));
                }
            }
            progress(monitor, s, n, 0.5);
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

    private static void progress(ProgressMonitor monitor, int s, int n, double from) throws CanceledException {
        if ((s & 1023) == 0) {
            monitor.checkCanceled();
            double f = from + 0.5 * s / n;
            monitor.setProgress(f, () -> "Finding the m/z bins in use");
        }
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
