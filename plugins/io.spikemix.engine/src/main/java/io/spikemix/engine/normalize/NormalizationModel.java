package io.spikemix.engine.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * A fitted normalization (method.md §6): the statistics needed to apply it to new spectra and to undo it on
 * spectra or recovered spikes.
 *
 * <ul>
 * <li><b>min-max</b>: y'[f] = (y[f] − min_f) / (max_f − min_f) with min_f, max_f over the fitted spectra, so the
 * fitted data lie in [0, 1] (new data may fall outside). A constant feature (max_f = min_f) maps to 0 and is
 * reported; nothing is ever divided by zero. Undo is the exact inverse x·(max_f − min_f) + min_f.</li>
 * <li><b>l1</b>: y' = y / Σ_f |y[f]|; <b>TIC</b>: y' = y / Σ_f y[f]. These scale each spectrum by its own norm, so
 * the per-spectrum factor is lost; {@link #referenceScale()} keeps the median norm of the fitted spectra and undo
 * multiplies by it, which restores the typical raw intensity scale (exact for a spectrum whose norm is the
 * median). Spectra with zero l1 norm or non-positive TIC are masked: written as zeros and reported.</li>
 * </ul>
 *
 * <p>Non-finite values are rejected or skipped as the {@link NonFinitePolicy} says. All sums and statistics are
 * accumulated in double; results are stored as float32. Fit, apply and undo each take one pass over the data,
 * O(N·d) time; fit needs O(d + N) extra memory (the row norms for the median), apply and undo allocate the output
 * matrix. Immutable and thread-safe.
 */
public final class NormalizationModel {

    /** Cancellation is checked at least this often, counted in values, within a pass. */
    private static final int CHECK_EVERY_VALUES = 1 << 18;

    private final NormalizationMethod method;
    private final double[] featureMin;
    private final double[] featureMax;
    private final double referenceScale;
    private final int[] constantFeatures;

    private NormalizationModel(NormalizationMethod method, double[] featureMin, double[] featureMax, double referenceScale) {
        this.method = method;
        this.featureMin = featureMin;
        this.featureMax = featureMax;
        this.referenceScale = referenceScale;
        this.constantFeatures = IntStream.range(0, featureMin.length).filter(f -> featureMax[f] == featureMin[f]).toArray();
    }

    /**
     * Fits a normalization to the spectra in the rows of {@code data}.
     *
     * @param method  the normalization
     * @param data    N × d spectra, N ≥ 1; not modified
     * @param policy  what to do with rows holding NaN or Inf: reject (throw) or skip (leave out of the statistics)
     * @param monitor progress and cancellation
     * @throws NonFiniteValueException  under {@link NonFinitePolicy#REJECT} when a value is NaN or infinite
     * @throws IllegalArgumentException when there is no row to fit on, every row is skipped, or (l1, TIC) no
     *                                  spectrum has a positive norm
     */
    public static NormalizationModel fit(NormalizationMethod method, SpectralMatrix data, NonFinitePolicy policy,
            ProgressMonitor monitor) throws CanceledException {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(monitor, "monitor");
        int n = data.rows();
        int d = data.cols();
        if (n == 0) {
            throw new IllegalArgumentException("Cannot fit a " + method.label() + " normalization on 0 spectra; the "
                    + "input needs at least one row.");
        }
        double[] min = new double[d];
        double[] max = new double[d];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] norms = method.isFeatureWise() ? null : new double[n];
        int nNorms = 0;
        int valid = 0;
        int every = checkInterval(d);
        for (int r = 0; r < n; r++) {
            if (r % every == 0) {
                checkpoint(monitor, r, n, "Fitting " + method.label() + " normalization");
            }
            float[] b = data.blockOf(r);
            int o = data.offsetOf(r);
            int bad = firstNonFinite(b, o, d);
            if (bad >= 0) {
                if (policy == NonFinitePolicy.REJECT) {
                    throw new NonFiniteValueException(r, bad, b[o + bad]);
                }
                continue;
            }
            valid++;
            for (int f = 0; f < d; f++) {
                double v = b[o + f];
                if (v < min[f]) {
                    min[f] = v;
                }
                if (v > max[f]) {
                    max[f] = v;
                }
            }
            if (norms != null) {
                double s = rowNorm(method, b, o, d);
                if (s > 0) {
                    norms[nNorms++] = s;
                }
            }
        }
        if (valid == 0) {
            throw new IllegalArgumentException("All " + n + " spectra hold NaN or infinite values, so there is "
                    + "nothing left to fit the " + method.label() + " normalization on.");
        }
        double scale = 1.0;
        if (norms != null) {
            if (nNorms == 0) {
                throw new IllegalArgumentException("All " + valid + " finite spectra have "
                        + (method == NormalizationMethod.TIC ? "a total ion count <= 0" : "an l1 norm of 0")
                        + ", so " + method.label() + " normalization cannot scale any of them.");
            }
            scale = median(norms, nNorms);
        }
        monitor.setProgress(1.0, "Fitted " + method.label() + " normalization");
        return new NormalizationModel(method, min, max, scale);
    }

    /**
     * Rebuilds a model from its stored statistics (KNIME port objects, JSON files).
     *
     * @param featureMin     per-feature minimum, finite, length d ≥ 1
     * @param featureMax     per-feature maximum, finite, ≥ the minimum, length d
     * @param referenceScale for l1 and TIC the median norm, finite and > 0; ignored for min-max (stored as 1)
     * @throws IllegalArgumentException naming the offending parameter and value
     */
    public static NormalizationModel restore(NormalizationMethod method, double[] featureMin, double[] featureMax,
            double referenceScale) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(featureMin, "featureMin");
        Objects.requireNonNull(featureMax, "featureMax");
        if (featureMin.length == 0) {
            throw new IllegalArgumentException("The 'featureMin' parameter must hold at least 1 value. Got 0 instead.");
        }
        if (featureMax.length != featureMin.length) {
            throw new IllegalArgumentException("The 'featureMax' parameter must hold as many values as 'featureMin' ("
                    + featureMin.length + "). Got " + featureMax.length + " instead.");
        }
        for (int f = 0; f < featureMin.length; f++) {
            if (!Double.isFinite(featureMin[f]) || !Double.isFinite(featureMax[f]) || featureMin[f] > featureMax[f]) {
                throw new IllegalArgumentException("The feature statistics must be finite with featureMin <= "
                        + "featureMax. Got featureMin[" + f + "] = " + featureMin[f] + ", featureMax[" + f + "] = "
                        + featureMax[f] + " instead.");
            }
        }
        double scale = 1.0;
        if (!method.isFeatureWise()) {
            if (!(referenceScale > 0) || !Double.isFinite(referenceScale)) {
                throw new IllegalArgumentException("The 'referenceScale' parameter must be a finite number > 0. Got "
                        + referenceScale + " instead.");
            }
            scale = referenceScale;
        }
        return new NormalizationModel(method, featureMin.clone(), featureMax.clone(), scale);
    }

    public NormalizationMethod method() {
        return method;
    }

    /** Number of features d the model was fitted on. */
    public int featureCount() {
        return featureMin.length;
    }

    /** Per-feature minimum over the fitted spectra; the min-max statistics (informative for l1 and TIC). */
    public double[] featureMin() {
        return featureMin.clone();
    }

    /** Per-feature maximum over the fitted spectra; the min-max statistics (informative for l1 and TIC). */
    public double[] featureMax() {
        return featureMax.clone();
    }

    /** Features, ascending and 0-based, with max == min; min-max maps them to 0. */
    public int[] constantFeatures() {
        return constantFeatures.clone();
    }

    /**
     * For l1 and TIC, the median row norm (l1: Σ|y|, TIC: Σy) over the fitted finite spectra with a positive norm;
     * {@link #undo} multiplies by it. 1 for min-max, which does not use it.
     */
    public double referenceScale() {
        return referenceScale;
    }

    /**
     * Normalizes spectra with this model.
     *
     * @param data    N × d spectra with d == {@link #featureCount()}; not modified
     * @param policy  rows with NaN/Inf: reject (throw) or skip (write as NaN and report)
     * @param monitor progress and cancellation
     * @return a new matrix of the same shape, and the masked and skipped rows
     * @throws NonFiniteValueException  under {@link NonFinitePolicy#REJECT} when a value is NaN or infinite
     * @throws IllegalArgumentException when the number of features differs from the model's
     */
    public NormalizationResult apply(SpectralMatrix data, NonFinitePolicy policy, ProgressMonitor monitor)
            throws CanceledException {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(monitor, "monitor");
        checkFeatureCount(data);
        int n = data.rows();
        int d = data.cols();
        SpectralMatrix out = allocateLike(data);
        double[] range = ranges();
        IntStream.Builder masked = IntStream.builder();
        IntStream.Builder skipped = IntStream.builder();
        int every = checkInterval(d);
        for (int r = 0; r < n; r++) {
            if (r % every == 0) {
                checkpoint(monitor, r, n, "Applying " + method.label() + " normalization");
            }
            float[] b = data.blockOf(r);
            int o = data.offsetOf(r);
            float[] ob = out.blockOf(r);
            int oo = out.offsetOf(r);
            int bad = firstNonFinite(b, o, d);
            if (bad >= 0) {
                if (policy == NonFinitePolicy.REJECT) {
                    throw new NonFiniteValueException(r, bad, b[o + bad]);
                }
                Arrays.fill(ob, oo, oo + d, Float.NaN);
                skipped.add(r);
                continue;
            }
            if (method.isFeatureWise()) {
                for (int f = 0; f < d; f++) {
                    // constant features map to 0 (range 0 would divide by zero)
                    ob[oo + f] = range[f] == 0 ? 0f : (float) ((b[o + f] - featureMin[f]) / range[f]);
                }
            } else {
                double s = rowNorm(method, b, o, d);
                if (!(s > 0)) {
                    // zero l1 norm or non-positive TIC: no meaningful scale, keep zeros rather than NaN
                    masked.add(r);
                    continue;
                }
                for (int f = 0; f < d; f++) {
                    ob[oo + f] = (float) (b[o + f] / s);
                }
            }
        }
        monitor.setProgress(1.0, "Applied " + method.label() + " normalization");
        return new NormalizationResult(out, masked.build().toArray(), skipped.build().toArray(), constantFeatures.clone());
    }

    /**
     * Brings one normalized spectrum (or a recovered spike) back to raw units: for min-max the exact inverse
     * x·(max_f − min_f) + min_f (constant features give min_f), for l1 and TIC x · {@link #referenceScale()}, the
     * typical raw scale. NaN stays NaN.
     *
     * @param spectrum d values; not modified
     * @return a new array of d values
     */
    public double[] undo(double[] spectrum) {
        if (spectrum.length != featureCount()) {
            throw new IllegalArgumentException("The spectrum must have " + featureCount() + " features like the "
                    + "normalization model. Got " + spectrum.length + " instead.");
        }
        double[] out = new double[spectrum.length];
        if (method.isFeatureWise()) {
            for (int f = 0; f < out.length; f++) {
                out[f] = spectrum[f] * (featureMax[f] - featureMin[f]) + featureMin[f];
            }
        } else {
            for (int f = 0; f < out.length; f++) {
                out[f] = spectrum[f] * referenceScale;
            }
        }
        return out;
    }

    /**
     * {@link #undo(double[])} on every row of a matrix.
     *
     * @param data N × d normalized spectra; not modified
     * @return a new N × d matrix in raw units
     */
    public SpectralMatrix undo(SpectralMatrix data, ProgressMonitor monitor) throws CanceledException {
        Objects.requireNonNull(monitor, "monitor");
        checkFeatureCount(data);
        int n = data.rows();
        int d = data.cols();
        SpectralMatrix out = allocateLike(data);
        double[] range = ranges();
        int every = checkInterval(d);
        for (int r = 0; r < n; r++) {
            if (r % every == 0) {
                checkpoint(monitor, r, n, "Undoing " + method.label() + " normalization");
            }
            float[] b = data.blockOf(r);
            int o = data.offsetOf(r);
            float[] ob = out.blockOf(r);
            int oo = out.offsetOf(r);
            if (method.isFeatureWise()) {
                for (int f = 0; f < d; f++) {
                    ob[oo + f] = (float) (b[o + f] * range[f] + featureMin[f]);
                }
            } else {
                for (int f = 0; f < d; f++) {
                    ob[oo + f] = (float) (b[o + f] * referenceScale);
                }
            }
        }
        monitor.setProgress(1.0, "Undid " + method.label() + " normalization");
        return out;
    }

    private double[] ranges() {
        double[] range = new double[featureMin.length];
        for (int f = 0; f < range.length; f++) {
            range[f] = featureMax[f] - featureMin[f];
        }
        return range;
    }

    private void checkFeatureCount(SpectralMatrix data) {
        Objects.requireNonNull(data, "data");
        if (data.cols() != featureCount()) {
            throw new IllegalArgumentException("The data must have " + featureCount() + " features like the "
                    + method.label() + " normalization model. Got " + data.cols() + " instead.");
        }
    }

    /** l1 norm Σ|y| or total ion count Σy of one row, accumulated in double. */
    private static double rowNorm(NormalizationMethod method, float[] b, int o, int d) {
        double s = 0;
        if (method == NormalizationMethod.L1) {
            for (int f = 0; f < d; f++) {
                s += Math.abs(b[o + f]);
            }
        } else {
            for (int f = 0; f < d; f++) {
                s += b[o + f];
            }
        }
        return s;
    }

    private static int firstNonFinite(float[] b, int o, int d) {
        for (int f = 0; f < d; f++) {
            if (!Float.isFinite(b[o + f])) {
                return f;
            }
        }
        return -1;
    }

    /** The median of {@code values[0..count)} (mean of the two middle values for even counts); sorts them. */
    private static double median(double[] values, int count) {
        Arrays.sort(values, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
    }

    private static SpectralMatrix allocateLike(SpectralMatrix data) {
        long blockValues = (long) data.rowsPerBlock() * data.cols();
        return SpectralMatrix.allocate(data.rows(), data.cols(), (int) Math.min(SpectralMatrix.MAX_BLOCK_VALUES, blockValues));
    }

    private static int checkInterval(int cols) {
        return Math.max(1, Math.min(4096, CHECK_EVERY_VALUES / cols));
    }

    private static void checkpoint(ProgressMonitor monitor, int row, int rows, String what) throws CanceledException {
        monitor.checkCanceled();
        monitor.setProgress((double) row / rows, () -> String.format(Locale.ROOT, "%s: spectrum %,d of %,d", what, row + 1, rows));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NormalizationModel)) {
            return false;
        }
        NormalizationModel m = (NormalizationModel) o;
        return method == m.method && Arrays.equals(featureMin, m.featureMin) && Arrays.equals(featureMax, m.featureMax)
                && Double.compare(referenceScale, m.referenceScale) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, Arrays.hashCode(featureMin), Arrays.hashCode(featureMax), referenceScale);
    }

    @Override
    public String toString() {
        return "NormalizationModel[" + method.id() + ", " + featureCount() + " features, " + constantFeatures.length
                + " constant" + (method.isFeatureWise() ? "" : ", reference scale " + referenceScale) + "]";
    }
}

