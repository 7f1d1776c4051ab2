package io.spikemix.cli;

/**
 * One method's fit as the command line reports it (the {@code fit} JSON contract, {@link FitResultJson}).
 *
 * @param method          the method
 * @param spikes          K × d spikes in the units of the fitted data (GMM: eq. 21 on the covariances; k-means:
 *                        eq. 21 on the clusters' uncentred second moments)
 * @param pi              K mixture weights (k-means: cluster sizes / N)
 * @param sigma2          noise variance (SMM: the fitted σ²; GMM and k-means: eq. 20)
 * @param active          indices of the non-zero spikes
 * @param logLikelihood   final total log-likelihood, NaN for k-means
 * @param trace           total log-likelihood after each iteration (entry 0: the start), empty for k-means
 * @param iterations      iterations of the returned run
 * @param totalIterations iterations over all starts (for the time per iteration)
 * @param converged       whether the returned run stopped on the tolerance
 * @param labelsPerRow    cluster of every fitted row (valid pixel)
 * @param seconds         wall-clock seconds of the fit
 * @param spectralGapOk   GMM and k-means: whether eq. 19 holds for every component; null for SMM
 * @param violating       components violating eq. 19 (empty for SMM)
 * @param centroids       k-means centroids, null otherwise
 * @param inertia         k-means inertia, NaN otherwise
 * @param fittedPixels    the pixels the model was fitted on: all of them, or the random sample a time budget allowed
 *                        (the model then assigned every pixel)
 * @param confidence      per row the largest responsibility (SMM, GMM), null for k-means (hard labels)
 * @param entropy         per row the normalised entropy of the responsibilities, null for k-means
 * @param spatial         the spatial regularisation used; with β &gt; 0, {@code logLikelihood} and {@code trace}
 *                        hold the penalised criterion U of method.md eq. 36 instead (GMM: the spatial phase's)
 * @param model           the fitted model itself, which {@code predict} rebuilds from the result file
 */
record FitOutcome(FitMethod method, double[][] spikes, double[] pi, double sigma2, int[] active, double logLikelihood,
        double[] trace, int iterations, long totalIterations, boolean converged, int[] labelsPerRow, double seconds,
        Boolean spectralGapOk, int[] violating, double[][] centroids, double inertia, int fittedPixels,
        double[] confidence, double[] entropy, SpatialUse spatial,
        io.spikemix.engine.model.FittedModel model) {

    int k() {
        return spikes.length;
    }

    /** Whether the model was fitted on a sample of the pixels rather than all of them. */
    boolean sampled() {
        return fittedPixels < labelsPerRow.length;
    }

    double secondsPerIteration() {
        return totalIterations == 0 ? 0 : seconds / totalIterations;
    }
}
