package io.spikemix.engine.select;

import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Data drawn from the spiked mixture model y = α·x_z + ε, α ~ N(0, 1) (method.md eq. 1) with known K, for the K scan
 * tests and the K-scan benchmark. Public so that {@code io.spikemix.engine.bench.KScanBenchmark} can use it.
 */
public final class SpikedMixtureDraws {

    /** The paper's Fig. 2 spikes (method.md §7): K = 3, d = 2. */
    public static final double[][] FIG2_SPIKES = { { 0.75, -0.91 }, { 0.08, -0.75 }, { -1.01, -1.08 } };

    /** The paper's Fig. 2 weights. */
    public static final double[] FIG2_PI = { 0.58, 0.37, 0.05 };

    private SpikedMixtureDraws() {
    }

    /** N pixels from the model with the given spikes, weights and σ². */
    public static SpectralMatrix sample(int n, double[][] spikes, double[] pi, double sigma2, SplittableRandom rng) {
        int d = spikes[0].length;
        SpectralMatrix m = SpectralMatrix.allocate(n, d);
        double sd = Math.sqrt(sigma2);
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int c = 0;
            double acc = pi[0];
            while (u > acc && c < pi.length - 1) {
                acc += pi[++c];
            }
            double alpha = rng.nextGaussian();
            for (int j = 0; j < d; j++) {
                m.set(i, j, (float) (alpha * spikes[c][j] + sd * rng.nextGaussian()));
            }
        }
        return m;
    }
}
