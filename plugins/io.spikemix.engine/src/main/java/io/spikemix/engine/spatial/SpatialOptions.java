package io.spikemix.engine.spatial;

import java.util.Objects;

import io.spikemix.engine.options.OptionChecks;

/**
 * Spatial regularisation of EM (neighbourhood EM, method.md §8): the strength β ≥ 0 with which a pixel's
 * responsibilities are pulled towards those of its neighbours, and which pixels are neighbours. β = 0
 * ({@link #NONE}) is the plain model, and the fitters then run their unchanged code path.
 *
 * @param beta          β ≥ 0, finite
 * @param neighbourhood V(i): four or eight neighbours on the image grid
 */
public record SpatialOptions(double beta, Neighbourhood neighbourhood) {

    /** No spatial regularisation. */
    public static final SpatialOptions NONE = new SpatialOptions(0, Neighbourhood.FOUR);

    public SpatialOptions {
        OptionChecks.nonNegativeFinite("beta", beta);
        Objects.requireNonNull(neighbourhood, "neighbourhood");
    }

    /** Whether the fit is spatial (β &gt; 0) and so needs the pixels' image grid. */
    public boolean active() {
        return beta > 0;
    }

    @Override
    public String toString() {
        return active() ? "spatial[beta=" + beta + ", neighbours=" + neighbourhood + "]" : "spatial[off]";
    }
}
