package io.spikemix.spark;

import java.io.Serializable;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.NearestCentroid;

/**
 * One block's k-means++ state between distributed steps: D_i, the squared distance of every pixel to its nearest
 * chosen centre (+∞ before the first), lowered by each new centre as the engine's {@code KMeansPlusPlus} lowers its
 * array. Immutable: lowering returns a new state, so a lost partition is recomputed from its lineage to the same
 * doubles (the minimum is exact).
 */
final class SeedBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    final PixelBlock block;
    final double[] closest;

    private SeedBlock(PixelBlock block, double[] closest) {
        this.block = block;
        this.closest = closest;
    }

    static SeedBlock initial(PixelBlock block) {
        double[] c = new double[block.rows()];
        java.util.Arrays.fill(c, Double.POSITIVE_INFINITY);
        return new SeedBlock(block, c);
    }

    /** D_i = min(D_i, ‖y_i − centre‖²) for every pixel ({@link NearestCentroid#exactSquaredDistance}). */
    SeedBlock lower(double[] centre) {
        SpectralMatrix m = block.matrix();
        double[] next = new double[closest.length];
        for (int i = 0; i < next.length; i++) {
            next[i] = Math.min(closest[i], NearestCentroid.exactSquaredDistance(m, i, centre));
        }
        return new SeedBlock(block, next);
    }
}
