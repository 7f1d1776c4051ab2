package io.spikemix.engine.model;

import java.util.OptionalDouble;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * What every fitted model of the engine answers, whichever method produced it: the spiked mixture model
 * ({@link io.spikemix.engine.smm.SpikedMixtureModel}), the Gaussian mixture ({@link
 * io.spikemix.engine.gmm.GaussianMixtureModel}) and k-means ({@link io.spikemix.engine.kmeans.KMeansModel}).
 * Front ends (the command line, the nodes, {@code spikemix predict}) work against this interface, so a new method
 * needs no new code paths there.
 *
 * <p>Scoring methods take the whole data and run in blocks on {@code threads} threads; a row's answer depends on
 * nothing but the row and the model, so results are bit-identical for any thread count. They check the monitor for
 * cancellation between blocks. Responsibilities are row-major doubles, row i at [i·K, (i+1)·K); labels are their
 * argmax with the lowest index on ties (k-means: the nearest centroid, responsibilities one-hot).
 *
 * <p>Parameters are in the units of the data the model was fitted on (after any normalisation); accessors return
 * copies.
 */
public interface FittedModel {

    /** Number of components (spikes, Gaussian components or clusters) K. */
    int k();

    /** Number of features d the model scores. */
    int dimension();

    /** Mixture weights π_1..π_K (k-means: the fraction of the fitted pixels in each cluster). */
    double[] weights();

    /**
     * One spectrum per component, K × d: the SMM's spikes x_k (docs/method.md eq. 14), the GMM's spectral-gap spikes
     * (eq. 21), the k-means centroids.
     */
    double[][] spikes();

    /** The noise variance σ² where the model defines one (SMM: fitted; GMM: eq. 20); empty for k-means. */
    OptionalDouble noiseVariance();

    /** Labels of the rows of {@code data}: the argmax of {@link #responsibilities}. */
    int[] labels(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException;

    /** Responsibilities of the rows of {@code data}, row-major N × K (k-means: one-hot). */
    double[] responsibilities(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException;

    /**
     * Total log-likelihood Σ_i ln Σ_k π_k p(y_i | k) of the rows of {@code data}; empty for k-means, which has no
     * likelihood.
     */
    OptionalDouble logLikelihood(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException;

    /** Checks that {@code data} has the model's d columns; the message names both counts. */
    default void checkDimension(SpectralMatrix data) {
        if (data.cols() != dimension()) {
            throw new IllegalArgumentException("The data have " + data.cols() + " features but the model was fitted on "
                    + dimension() + ".");
        }
    }
}
