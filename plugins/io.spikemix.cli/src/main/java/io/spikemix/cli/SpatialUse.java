package io.spikemix.cli;

import io.spikemix.engine.spatial.Neighbourhood;

/**
 * How a fit used spatial regularisation (neighbourhood EM, method.md §8), as the JSON and the report state it.
 *
 * @param beta          the β used (0: the plain model)
 * @param auto          whether β was chosen by {@code --spatial-beta auto} (Potts pseudo-likelihood of the β = 0
 *                      labels, eq. 39)
 * @param neighbourhood V(i)
 * @param applicable    false for k-means, which has no responsibilities to regularise
 */
record SpatialUse(double beta, boolean auto, Neighbourhood neighbourhood, boolean applicable) {

    static final SpatialUse NONE = new SpatialUse(0, false, Neighbourhood.FOUR, true);
    static final SpatialUse NOT_SPATIAL = new SpatialUse(0, false, Neighbourhood.FOUR, false);

    /** Whether the trace holds the penalised criterion U (eq. 36) rather than the log-likelihood. */
    boolean penalised() {
        return beta > 0;
    }

    /** One line for the report and the console. */
    String describe() {
        if (!applicable) {
            return "not spatial (k-means has no responsibilities to regularise)";
        }
        if (beta == 0) {
            return auto ? "beta = 0 (auto: the plain labels show no spatial coherence)" : "off (beta = 0)";
        }
        return String.format(java.util.Locale.ROOT, "beta = %.4g%s, %s neighbours", beta,
                auto ? " (auto: Potts pseudo-likelihood of the plain fit's labels)" : "", neighbourhood);
    }
}
