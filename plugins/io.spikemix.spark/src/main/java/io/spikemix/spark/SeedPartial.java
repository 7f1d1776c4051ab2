package io.spikemix.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.NearestCentroid;

/**
 * One k-means chunk's share of a greedy k-means++ step (the engine's {@code KMeansPlusPlus}): for each candidate
 * centre t, the potential Σ_i min(D_i, ‖y_i − c_t‖²) of the chunk's rows in row order, D_i the squared distance to
 * the nearest centre chosen so far, and the last row whose term is positive (for the sampling rule's fallback).
 */
final class SeedPartial implements Serializable {

    private static final long serialVersionUID = 1L;

    final int chunk;
    final double[] potentials;
    /** Per candidate, the last dataset row of the chunk with a positive term, or −1. */
    final int[] lastPositive;

    SeedPartial(int chunk, double[] potentials, int[] lastPositive) {
        this.chunk = chunk;
        this.potentials = potentials;
        this.lastPositive = lastPositive;
    }

    /**
     * The partials of every chunk of a block for the candidates {@code trials}, given D_i of the block's pixels
     * (+∞ before the first centre, so that the first step's potentials are the plain distances).
     */
    static List<SeedPartial> of(SeedBlock s, double[][] trials) {
        PixelBlock block = s.block;
        SpectralMatrix m = block.matrix();
        int n = block.rows();
        List<SeedPartial> out = new ArrayList<>();
        for (int r0 = 0; r0 < n; r0 += NearestCentroid.CHUNK_ROWS) {
            int r1 = Math.min(n, r0 + NearestCentroid.CHUNK_ROWS);
            double[] potentials = new double[trials.length];
            int[] last = new int[trials.length];
            for (int t = 0; t < trials.length; t++) {
                double sum = 0;
                int lp = -1;
                for (int i = r0; i < r1; i++) {
                    double w = Math.min(s.closest[i], NearestCentroid.exactSquaredDistance(m, i, trials[t]));
                    sum += w;
                    if (w > 0) {
                        lp = block.firstRow() + i;
                    }
                }
                potentials[t] = sum;
                last[t] = lp;
            }
            out.add(new SeedPartial((block.firstRow() + r0) / NearestCentroid.CHUNK_ROWS, potentials, last));
        }
        return out;
    }
}
