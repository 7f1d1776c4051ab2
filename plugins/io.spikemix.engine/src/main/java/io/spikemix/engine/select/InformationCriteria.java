package io.spikemix.engine.select;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Free-parameter counts, BIC and ICL of the mixture models (method.md §9, eqs. 40–43). Sign convention: both
 * criteria are −2·(penalised log-likelihood), so <b>lower is better</b>.
 */
public final class InformationCriteria {

    private InformationCriteria() {
    }

    /**
     * Free parameters of an SMM with K spikes in d features (method.md eq. 40): K·d spike entries, K − 1 free
     * weights, one σ². Spikes that the fit set to zero (outside the active set S) are still counted: S is chosen by
     * the maximisation over the whole parameter space (Algorithm 2), so a zero spike is an estimate on the boundary,
     * not a parameter fixed before seeing the data; counting fewer would favour a K whose extra spikes collapse.
     */
    public static long smmParameters(int k, int d) {
        checkShape(k, d);
        return (long) k * d + (k - 1) + 1;
    }

    /**
     * Free parameters of a full-covariance GMM (method.md eq. 41): K·d means (none with {@code zeroMean}),
     * K·d(d+1)/2 covariance entries, K − 1 free weights.
     */
    public static long gmmParameters(int k, int d, boolean zeroMean) {
        checkShape(k, d);
        long means = zeroMean ? 0 : (long) k * d;
        return means + (long) k * d * (d + 1) / 2 + (k - 1);
    }

    /** BIC = −2·L + p·ln N (method.md eq. 42); lower is better. */
    public static double bic(double logLikelihood, long parameters, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("The 'n' parameter must be >= 1. Got " + n + " instead.");
        }
        return -2 * logLikelihood + parameters * Math.log(n);
    }

    /**
     * ICL = BIC + 2·EN (method.md eq. 43, Biernacki, Celeux &amp; Govaert 2000 in the "lower is better" form), EN the
     * classification entropy of {@link #classificationEntropy}: a K whose components overlap pays for the
     * uncertainty of its assignments.
     */
    public static double icl(double bic, double entropy) {
        return bic + 2 * entropy;
    }

    /**
     * EN = −Σ_i Σ_k ρ_ik ln ρ_ik of row-major responsibilities with K columns (0·ln 0 = 0), summed in row order so the
     * result does not depend on how the responsibilities were computed in parallel.
     */
    public static double classificationEntropy(double[] responsibilities, int k) {
        if (k < 1 || responsibilities.length % k != 0) {
            throw new IllegalArgumentException("responsibilities must hold whole rows of " + k + " values");
        }
        double sum = 0;
        for (double r : responsibilities) {
            if (r > 0) {
                sum -= r * Math.log(r);
            }
        }
        return sum;
    }

    /** EN of responsibilities held as an N × K matrix (the GMM's, float32). */
    public static double classificationEntropy(SpectralMatrix responsibilities) {
        double sum = 0;
        for (int i = 0; i < responsibilities.rows(); i++) {
            for (int c = 0; c < responsibilities.cols(); c++) {
                double r = responsibilities.get(i, c);
                if (r > 0) {
                    sum -= r * Math.log(r);
                }
            }
        }
        return sum;
    }

    private static void checkShape(int k, int d) {
        if (k < 1) {
            throw new IllegalArgumentException("The 'k' parameter must be >= 1. Got " + k + " instead.");
        }
        if (d < 1) {
            throw new IllegalArgumentException("The 'd' parameter must be >= 1. Got " + d + " instead.");
        }
    }
}
