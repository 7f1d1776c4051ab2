package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns raw imaging-MS spectra (tens of thousands of m/z values) into a few hundred peak features, as in the
 * paper's preprocessing: optional TIC normalisation of each spectrum, the mean spectrum over all pixels, peak
 * picking on it, and each pixel's summed intensity within the tolerance of every peak.
 *
 * <p>Peak picking: a local maximum is a point higher than its left neighbour and not lower than its right one.
 * The noise level is the median absolute deviation of the mean spectrum, scaled to a Gaussian σ:
 * {@code σ = 1.4826 · median(|m − median(m)|)}; a peak's SNR is {@code (m_i − median(m)) / σ}. Criteria: SNR ≥
 * threshold, mean intensity ≥ threshold, or the N highest maxima. Peaks are then taken from the highest down, and
 * a peak within the tolerance of an already taken one is dropped, so the windows of the features do not overlap.
 *
 * <p>Stateless. Time O(N·d) for the mean and the features plus O(d log d) for picking; memory one copy of the
 * matrix when normalising (the input is never modified) plus the N × peaks feature matrix. The same steps on an
 * imzML file that does not fit in the heap, streamed in two passes: {@link StreamingFeatureExtractor}.
 */
public final class ImsFeatureExtractor {

    /** Scale from MAD to the standard deviation of a normal distribution. */
    public static final double MAD_TO_SIGMA = 1.4826;

    private ImsFeatureExtractor() {
    }

    /** A copy of the cube whose spectra are divided by their sum (TIC); all-zero spectra stay zero. */
    public static SpectralCube ticNormalised(SpectralCube cube, ProgressMonitor monitor) throws CanceledException {
        SpectralMatrix m = cube.spectra().copy();
        int d = m.cols();
        for (int r = 0; r < m.rows(); r++) {
            if ((r & 4095) == 0) {
                monitor.checkCanceled();
            }
            ticNormaliseRow(m.blockOf(r), m.offsetOf(r), d);
        }
        return cube.withSpectra(m, cube.bands());
    }

    /** Divides the {@code d} values at {@code b[o …]} by their sum (accumulated in double); a zero sum leaves them. */
    static void ticNormaliseRow(float[] b, int o, int d) {
        double tic = 0;
        for (int j = 0; j < d; j++) {
            tic += b[o + j];
        }
        if (tic != 0) {
            for (int j = 0; j < d; j++) {
                b[o + j] = (float) (b[o + j] / tic);
            }
        }
    }

    /** The mean spectrum over all valid pixels, accumulated in double in row order. */
    public static double[] meanSpectrum(SpectralCube cube, ProgressMonitor monitor) throws CanceledException {
        SpectralMatrix m = cube.spectra();
        int d = m.cols();
        double[] sum = new double[d];
        for (int r = 0; r < m.rows(); r++) {
            if ((r & 4095) == 0) {
                monitor.checkCanceled();
            }
            float[] b = m.blockOf(r);
            int o = m.offsetOf(r);
            for (int j = 0; j < d; j++) {
                sum[j] += b[o + j];
            }
        }
        for (int j = 0; j < d; j++) {
            sum[j] /= Math.max(1, m.rows());
        }
        return sum;
    }

    /** The MAD-based noise σ of a spectrum (see the class comment). */
    public static double noiseSigma(double[] spectrum) {
        double med = median(spectrum);
        double[] dev = new double[spectrum.length];
        for (int i = 0; i < dev.length; i++) {
            dev[i] = Math.abs(spectrum[i] - med);
        }
        return MAD_TO_SIGMA * median(dev);
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /**
     * The band indices of the picked peaks of {@code spectrum} over {@code axis}, ascending.
     */
    public static int[] pickPeaks(double[] spectrum, BandAxis axis, PeakPickingOptions options) {
        int d = spectrum.length;
        double med = median(spectrum);
        double sigma = noiseSigma(spectrum);
        List<Integer> maxima = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            boolean left = i == 0 || spectrum[i] > spectrum[i - 1];
            boolean right = i == d - 1 || spectrum[i] >= spectrum[i + 1];
            if (left && right && d > 1) {
                boolean keep;
                switch (options.criterion()) {
                    case SNR:
                        keep = sigma > 0 ? (spectrum[i] - med) / sigma >= options.threshold() : spectrum[i] > med;
                        break;
                    case INTENSITY:
                        keep = spectrum[i] >= options.threshold();
                        break;
                    default:
                        keep = true;
                        break;
                }
                if (keep) {
                    maxima.add(i);
                }
            }
        }
        maxima.sort((a, b) -> spectrum[a] != spectrum[b] ? Double.compare(spectrum[b], spectrum[a])
                : Integer.compare(a, b));
        List<Integer> taken = new ArrayList<>();
        for (int i : maxima) {
            if (options.criterion() == PeakPickingOptions.Criterion.TOP_N && taken.size() == options.topN()) {
                break;
            }
            boolean clash = false;
            for (int t : taken) {
                if (Math.abs(axis.value(t) - axis.value(i)) <= options.tolerance().halfWidth(axis.value(t))) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                taken.add(i);
            }
        }
        return taken.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * The feature cube: one band per picked peak (axis value = peak position), each pixel's value the sum of its
     * (optionally TIC-normalised) intensities whose axis value lies within the tolerance of the peak.
     *
     * @throws IllegalArgumentException when no peak is found (the message gives the criterion)
     */
    public static SpectralCube extract(SpectralCube cube, PeakPickingOptions options, ProgressMonitor monitor)
            throws CanceledException {
        SpectralCube source = options.ticNormalise() ? ticNormalised(cube, monitor.subRange(0, 0.3)) : cube;
        double[] mean = meanSpectrum(source, monitor.subRange(0.3, 0.6));
        BandAxis axis = source.bands();
        Windows w = windows(mean, axis, options);
        SpectralMatrix in = source.spectra();
        SpectralMatrix out = SpectralMatrix.allocate(in.rows(), w.axis.size());
        ProgressMonitor fill = monitor.subRange(0.6, 1);
        for (int r = 0; r < in.rows(); r++) {
            if ((r & 4095) == 0) {
                fill.checkCanceled();
                double f = (double) r / in.rows();
                fill.setProgress(f, () -> "Peak intensities per pixel");
            }
            w.features(in.blockOf(r), in.offsetOf(r), out.blockOf(r), out.offsetOf(r));
        }
        return cube.withSpectra(out, w.axis);
    }

    /**
     * The windows of the peaks picked on {@code mean}: peak k gathers bands {@code from[k] … to[k]}, the contiguous
     * run of axis values within the tolerance of the peak.
     *
     * @throws IllegalArgumentException when no peak is found (the message gives the criterion)
     */
    static Windows windows(double[] mean, BandAxis axis, PeakPickingOptions options) {
        int[] peaks = pickPeaks(mean, axis, options);
        if (peaks.length == 0) {
            throw new IllegalArgumentException("No peak of the mean spectrum meets " + options + "; expected at least "
                    + "one (lower the threshold)");
        }
        double[] values = axis.values();
        int[] from = new int[peaks.length];
        int[] to = new int[peaks.length];
        double[] peakMz = new double[peaks.length];
        for (int k = 0; k < peaks.length; k++) {
            double c = values[peaks[k]];
            double tol = options.tolerance().halfWidth(c);
            peakMz[k] = c;
            int lo = peaks[k];
            while (lo > 0 && values[lo - 1] >= c - tol) {
                lo--;
            }
            int hi = peaks[k];
            while (hi < values.length - 1 && values[hi + 1] <= c + tol) {
                hi++;
            }
            from[k] = lo;
            to[k] = hi;
        }
        return new Windows(from, to, BandAxis.of(peakMz, axis.unit()));
    }

    /** The band windows of the picked peaks and the feature axis (one band per peak, at the peak's m/z). */
    static final class Windows {
        final int[] from;
        final int[] to;
        final BandAxis axis;

        Windows(int[] from, int[] to, BandAxis axis) {
            this.from = from;
            this.to = to;
            this.axis = axis;
        }

        /**
         * Each peak's sum (in double, in band order) of the spectrum at {@code b[o …]}, as float32 into
         * {@code ob[oo …]}.
         */
        void features(float[] b, int o, float[] ob, int oo) {
            for (int k = 0; k < from.length; k++) {
                double s = 0;
                for (int j = from[k]; j <= to[k]; j++) {
                    s += b[o + j];
                }
                ob[oo + k] = (float) s;
            }
        }
    }
}
