package io.spikemix.cli;

/**
 * One method's part of a {@code segment} report.
 *
 * @param outcome       the fit
 * @param rawSpikes     the active spikes undone to raw units (method.md §6), one row each
 * @param rawSpikeIds   the cluster id of each row of {@code rawSpikes}
 * @param spectraPng    the spike spectra plot
 * @param tracePng      the log-likelihood trace plot, or null (k-means)
 * @param score         evaluation against the truth, or null without truth
 * @param confidencePng the confidence map (largest responsibility per pixel), or null (k-means, or no image)
 */
record MethodReport(FitOutcome outcome, double[][] rawSpikes, int[] rawSpikeIds, byte[] spectraPng, byte[] tracePng,
        Score score, byte[] confidencePng) {

    /**
     * Scores against the truth; NaN where the truth lacks spikes or labels.
     *
     * @param hausdorffSqe       Hausdorff distance, sign-invariant squared Euclidean (raw units)
     * @param hausdorffAbsCosine Hausdorff distance, absolute cosine
     * @param ari                adjusted Rand index
     * @param nmi                normalised mutual information
     * @param accuracy           accuracy after the optimal cluster-to-class matching
     */
    record Score(double hausdorffSqe, double hausdorffAbsCosine, double ari, double nmi, double accuracy) {
    }
}
