package io.spikemix.engine.gmm;

/**
 * Rebuilds a {@link GaussianMixtureModel} from stored parameters (weights, means, covariances), for instance a
 * model saved by a KNIME node and applied to new data.
 *
 * <p>The covariances are taken as stored, including the regularisation the fit added to their diagonals; their
 * Cholesky factors are recomputed exactly as at the end of the fit, so the restored model's log-densities,
 * responsibilities and predictions equal the fitted model's bit for bit. A covariance that is not numerically
 * positive definite is regularised as in the fit. The restored model has no fit history: empty labels and
 * responsibilities, a log-likelihood trace of one NaN entry, 0 iterations, not converged. Complexity O(K·d³).
 */
public final class StoredGaussianMixture {

    private StoredGaussianMixture() {
    }

    /**
     * @param weights     K mixture weights, each &gt; 0 and finite
     * @param means       K rows of d values
     * @param covariances K row-major d×d symmetric matrices (d·d values each)
     * @throws IllegalArgumentException naming the parameter whose shape or values are unusable
     */
    public static GaussianMixtureModel restore(double[] weights, double[][] means, double[][] covariances) {
        int k = weights.length;
        if (k < 1) {
            throw new IllegalArgumentException("The 'weights' parameter must have at least one entry. Got 0 instead.");
        }
        if (means.length != k || covariances.length != k) {
            throw new IllegalArgumentException("Got " + k + " weights, " + means.length + " means and "
                    + covariances.length + " covariances; expected one of each per component.");
        }
        int d = means[0].length;
        GaussianComponents comps = new GaussianComponents(k, d);
        for (int c = 0; c < k; c++) {
            if (!(weights[c] > 0) || Double.isInfinite(weights[c])) {
                throw new IllegalArgumentException("The weight of component " + c + " must be a finite number > 0. "
                        + "Got " + weights[c] + " instead.");
            }
            if (means[c].length != d || covariances[c].length != d * d) {
                throw new IllegalArgumentException("Component " + c + " has a mean of " + means[c].length
                        + " values and a covariance of " + covariances[c].length + " values; expected " + d
                        + " and " + (d * d) + ".");
            }
            comps.weights[c] = weights[c];
            System.arraycopy(means[c], 0, comps.means[c], 0, d);
            System.arraycopy(covariances[c], 0, comps.covariances[c], 0, d * d);
            comps.finishComponent(c, 0.0);
        }
        GaussianMixtureOptions options = GaussianMixtureOptions.builder().k(k).regCovar(0).threads(1).build();
        return GaussianMixtureModel.fromFit(comps, new double[0][], 0, new double[] {Double.NaN}, 0, false,
                new int[0], 0, options);
    }
}
