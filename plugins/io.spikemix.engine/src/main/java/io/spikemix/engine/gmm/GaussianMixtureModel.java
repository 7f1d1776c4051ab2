package io.spikemix.engine.gmm;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.ejml.data.DMatrixRMaj;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.model.FittedModel;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * A fitted full-covariance Gaussian mixture: weights, means, covariances, the training pixels' responsibilities and
 * labels, and how the fit went.
 *
 * <p>Immutable; accessors return copies. The training responsibilities and labels come from an E-step under the
 * returned parameters, so {@code labels()} equals {@code predict(trainingData)}. Prediction methods need data with
 * the training number of features and take a thread count (results do not depend on it).
 */
public final class GaussianMixtureModel implements FittedModel {

    private final GaussianComponents comps;
    private final SpectralMatrix responsibilities;
    private final int[] labels;
    private final double meanLogLikelihood;
    private final int trainingRows;
    private final double[] trace;
    private final int iterations;
    private final boolean converged;
    private final int[] regularized;
    private final int bestStart;
    private final GaussianMixtureOptions options;
    /** Spectral-gap spikes, computed on first use (a benign race: every thread computes the same value). */
    private volatile SpectralGapSpikes gap;

    private GaussianMixtureModel(GaussianComponents comps, SpectralMatrix responsibilities, int[] labels,
            double meanLogLikelihood, int trainingRows, double[] trace, int iterations, boolean converged,
            int[] regularized, int bestStart, GaussianMixtureOptions options) {
        this.comps = comps;
        this.responsibilities = responsibilities;
        this.labels = labels;
        this.meanLogLikelihood = meanLogLikelihood;
        this.trainingRows = trainingRows;
        this.trace = trace;
        this.iterations = iterations;
        this.converged = converged;
        this.regularized = regularized;
        this.bestStart = bestStart;
        this.options = options;
    }

    static GaussianMixtureModel fromFit(GaussianComponents comps, double[][] resp, int n, double[] trace,
            int iterations, boolean converged, int[] regularized, int bestStart, GaussianMixtureOptions options) {
        int k = comps.k;
        SpectralMatrix r = SpectralMatrix.allocate(n, k);
        int[] labels = new int[n];
        for (int ch = 0; ch < resp.length; ch++) {
            double[] block = resp[ch];
            int r0 = ch * GaussianMixtureEm.CHUNK_ROWS;
            for (int i = 0; i * k < block.length; i++) {
                labels[r0 + i] = argmax(block, i * k, k);
                float[] dst = r.blockOf(r0 + i);
                int o = r.offsetOf(r0 + i);
                for (int c = 0; c < k; c++) {
                    dst[o + c] = (float) block[i * k + c];
                }
            }
        }
        return new GaussianMixtureModel(comps, r, labels, trace[trace.length - 1], n, trace, iterations, converged,
                regularized, bestStart, options);
    }

    private static int argmax(double[] v, int offset, int k) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (v[offset + c] > v[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Number of components K. */
    @Override
    public int k() {
        return comps.k;
    }

    /** Number of features d. */
    @Override
    public int dimension() {
        return comps.d;
    }

    /** The options the model was fitted with. */
    public GaussianMixtureOptions options() {
        return options;
    }

    /** Mixing weights π_k, length K, summing to 1 (up to 10ε per component). */
    @Override
    public double[] weights() {
        return comps.weights.clone();
    }

    /** Means μ_k, K × d (all 0 with {@code zeroMean}). */
    public double[][] means() {
        double[][] m = new double[comps.k][];
        for (int c = 0; c < comps.k; c++) {
            m[c] = comps.means[c].clone();
        }
        return m;
    }

    /** Covariances Σ_k (d × d, symmetric positive definite, including the regularisation), new matrices. */
    public List<DMatrixRMaj> covariances() {
        List<DMatrixRMaj> out = new ArrayList<>(comps.k);
        for (int c = 0; c < comps.k; c++) {
            out.add(new DMatrixRMaj(comps.d, comps.d, true, comps.covariances[c]));
        }
        return out;
    }

    /**
     * The value added to each covariance diagonal: {@code regCovar} times the data's mean per-feature variance
     * (see {@link GaussianMixtureOptions}), or more for the components listed in
     * {@link #regularizedComponents()}.
     */
    public double[] appliedRegularization() {
        return comps.appliedRegularization.clone();
    }

    /**
     * Components whose covariance was not positive definite after adding {@code regCovar} in the final M-step
     * (singular: a collapsed component, a constant feature) and got more on its diagonal; empty when none.
     */
    public int[] regularizedComponents() {
        return regularized.clone();
    }

    /**
     * Mean log-likelihood per pixel after each iteration of the winning start: entry 0 belongs to the initial
     * parameters, entry t to the parameters after t M-steps; the last entry is {@link #meanLogLikelihood()}.
     */
    public double[] logLikelihoodTrace() {
        return trace.clone();
    }

    /** EM iterations (M-steps after the initialisation) of the winning start. */
    public int iterations() {
        return iterations;
    }

    /** Whether the winning start stopped on {@code tol} rather than {@code maxIter}. */
    public boolean converged() {
        return converged;
    }

    /** Index (0-based) of the winning start among the {@code nInit}. */
    public int bestStart() {
        return bestStart;
    }

    /** Total log-likelihood Σ_i ln Σ_k π_k N(y_i | μ_k, Σ_k) of the training pixels. */
    public double logLikelihood() {
        return meanLogLikelihood * trainingRows;
    }

    /** Mean log-likelihood per training pixel (scikit-learn's {@code score}). */
    public double meanLogLikelihood() {
        return meanLogLikelihood;
    }

    /** Responsibilities of the training pixels, N × K, float32 (a copy). */
    public SpectralMatrix responsibilities() {
        return responsibilities.copy();
    }

    /** Most responsible component of every training pixel (lowest index on ties). */
    public int[] labels() {
        return labels.clone();
    }

    /** Spikes, σ²_GMM and the spectral-gap condition from the covariances (method.md §4, eqs. 19–21). */
    public SpectralGapSpikes spectralGapSpikes() {
        return gap();
    }

    /**
     * ln N(y | μ_k, Σ_k) of one spectrum under component {@code component}, without the weight.
     *
     * @param y length d
     */
    public double componentLogDensity(int component, double[] y) {
        if (y.length != comps.d) {
            throw new IllegalArgumentException("y has " + y.length + " values, expected " + comps.d);
        }
        return comps.logDensity(component, y);
    }

    /** Labels and float32 responsibilities of the rows of some data under this model, from one E-step. */
    public record Assignment(int[] labels, SpectralMatrix responsibilities) {
    }

    /**
     * Labels (argmax, lowest index on ties) and responsibilities of every row of {@code data} from one E-step: what
     * {@link #predict(SpectralMatrix, int, ProgressMonitor)} and
     * {@link #responsibilities(SpectralMatrix, int, ProgressMonitor)} give, for the price of one of them.
     */
    public Assignment assign(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException {
        double[][] resp = eStep(data, threads, monitor, new double[1]);
        GaussianMixtureModel scored = fromFit(comps, resp, data.rows(), new double[] {0}, 0, false, regularized, 0,
                options);
        return new Assignment(scored.labels, scored.responsibilities);
    }

    /**
     * Responsibilities of the rows of {@code data} under this model, row-major N × K in double precision (the
     * {@link #assign} responsibilities are the same values rounded to float32).
     */
    @Override
    public double[] responsibilities(SpectralMatrix data, int threads, ProgressMonitor monitor)
            throws CanceledException {
        double[][] chunks = eStep(data, threads, monitor, new double[1]);
        int k = comps.k;
        if ((long) data.rows() * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The responsibilities of " + data.rows() + " rows and " + k
                    + " components do not fit in one array; score the rows in parts.");
        }
        double[] out = new double[data.rows() * k];
        for (int ch = 0, at = 0; ch < chunks.length; ch++) {
            System.arraycopy(chunks[ch], 0, out, at, chunks[ch].length);
            at += chunks[ch].length;
        }
        return out;
    }

    /** {@link #predict(SpectralMatrix, int, ProgressMonitor)}: the {@link FittedModel} name. */
    @Override
    public int[] labels(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException {
        return predict(data, threads, monitor);
    }

    /** Total log-likelihood of the rows of {@code data}: {@link #score} (the mean) times the number of rows. */
    @Override
    public OptionalDouble logLikelihood(SpectralMatrix data, int threads, ProgressMonitor monitor)
            throws CanceledException {
        return OptionalDouble.of(score(data, threads, monitor) * data.rows());
    }

    /** The spectral-gap spikes of eq. 21 (computed once, O(K·d³)). */
    @Override
    public double[][] spikes() {
        return gap().spikes();
    }

    /** σ²_GMM of eq. 20. */
    @Override
    public OptionalDouble noiseVariance() {
        return OptionalDouble.of(gap().sigma2());
    }

    private SpectralGapSpikes gap() {
        SpectralGapSpikes g = gap;
        if (g == null) {
            g = SpectralGapSpikes.of(covariances());
            gap = g;
        }
        return g;
    }

    /** Most responsible component of every row of {@code data}. */
    public int[] predict(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException {
        double[][] resp = eStep(data, threads, monitor, new double[1]);
        return fromFit(comps, resp, data.rows(), new double[] {0}, 0, false, regularized, 0, options).labels;
    }

    /** {@link #predict(SpectralMatrix, int, ProgressMonitor)} on one thread without progress. */
    public int[] predict(SpectralMatrix data) {
        try {
            return predict(data, 1, ProgressMonitor.NONE);
        } catch (CanceledException e) {
            throw new IllegalStateException("ProgressMonitor.NONE is never cancelled", e);
        }
    }

    /** Mean log-likelihood per row of {@code data} under this model. */
    public double score(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException {
        double[] ll = new double[1];
        eStep(data, threads, monitor, ll);
        return ll[0];
    }

    /** {@link #score(SpectralMatrix, int, ProgressMonitor)} on one thread without progress. */
    public double score(SpectralMatrix data) {
        try {
            return score(data, 1, ProgressMonitor.NONE);
        } catch (CanceledException e) {
            throw new IllegalStateException("ProgressMonitor.NONE is never cancelled", e);
        }
    }

    private double[][] eStep(SpectralMatrix data, int threads, ProgressMonitor monitor, double[] meanLogLik)
            throws CanceledException {
        if (data.cols() != comps.d) {
            throw new IllegalArgumentException("data have " + data.cols() + " features but the model was fitted on "
                    + comps.d);
        }
        if (data.rows() == 0) {
            meanLogLik[0] = Double.NaN;
            return new double[0][];
        }
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            GaussianMixtureEm em = new GaussianMixtureEm(data, comps.k, options.zeroMean(), options.regCovar(), tasks);
            double[][] resp = em.newResponsibilities();
            meanLogLik[0] = em.eStep(comps, resp, monitor);
            return resp;
        }
    }
}
