package io.spikemix.engine.gmm;

import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Test data drawn from the spiked mixture model of method.md §1: y = α·x_z + ε with α ~ N(0, 1),
 * ε ~ N(0, σ² I) and z ~ Categorical(π). Also the sign-invariant spike distances of method.md §5, computed by brute
 * force, so tests and experiments measure recovery independently of the engine.
 */
public final class SpikedMixtureSamples {

    public final SpectralMatrix data;
    public final int[] truth;
    public final double[][] spikes;

    private SpikedMixtureSamples(SpectralMatrix data, int[] truth, double[][] spikes) {
        this.data = data;
        this.truth = truth;
        this.spikes = spikes;
    }

    /** N pixels from the SMM with the given spikes (K × d), weights and noise variance. */
    public static SpikedMixtureSamples generate(int n, double[][] spikes, double[] weights, double sigma2,
            long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = spikes[0].length;
        SpectralMatrix y = SpectralMatrix.allocate(n, d);
        int[] z = new int[n];
        double sigma = Math.sqrt(sigma2);
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int c = 0;
            double cum = weights[0];
            while (u >= cum && c < weights.length - 1) {
                cum += weights[++c];
            }
            z[i] = c;
            double alpha = gaussian(rng);
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) (alpha * spikes[c][j] + sigma * gaussian(rng)));
            }
        }
        return new SpikedMixtureSamples(y, z, spikes);
    }

    /**
     * A standard normal draw by Box–Muller, kept on purpose: SplittableRandom.nextGaussian (Java 17) draws other
     * numbers, and the tests' tolerances were set on these samples.
     */
    public static double gaussian(SplittableRandom rng) {
        double u1 = 1 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** d_sqe(x, x̂) = min(‖x − x̂‖², ‖x + x̂‖²). */
    public static double sqeDistance(double[] x, double[] xh) {
        double minus = 0;
        double plus = 0;
        for (int j = 0; j < x.length; j++) {
            minus += (x[j] - xh[j]) * (x[j] - xh[j]);
            plus += (x[j] + xh[j]) * (x[j] + xh[j]);
        }
        return Math.min(minus, plus);
    }

    /** Hausdorff distance between two spike sets under d_sqe, by brute force over all pairs. */
    public static double hausdorffSqe(double[][] a, double[][] b) {
        return Math.max(directed(a, b), directed(b, a));
    }

    private static double directed(double[][] from, double[][] to) {
        double worst = 0;
        for (double[] x : from) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] y : to) {
                best = Math.min(best, sqeDistance(x, y));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }
}
