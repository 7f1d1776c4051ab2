package io.spikemix.engine.synth;

import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Pixels drawn from the spiked mixture model of docs/method.md eq. 1 with the components taken in turn: pixel i is
 * α_i·x_{i mod K} + ε_i with α_i ~ N(0, 1) and ε_i ~ N(0, σ²I). Known truth for tests of everything that fits or
 * scores a model (the labels are i mod K); {@link SpikedPhantom} gives the same model with a spatial layout.
 */
public final class SpikedSamples {

    private SpikedSamples() {
    }

    /**
     * @param spikes K × d spikes x_k
     * @param n      number of pixels
     * @param sigma  noise standard deviation σ
     * @param seed   the same seed gives the same pixels
     */
    public static SpectralMatrix draw(double[][] spikes, int n, double sigma, long seed) {
        int d = spikes[0].length;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            double a = rnd.nextGaussian();
            double[] x = spikes[i % spikes.length];
            for (int f = 0; f < d; f++) {
                rows[i][f] = a * x[f] + sigma * rnd.nextGaussian();
            }
        }
        return SpectralMatrix.of(rows);
    }
}
