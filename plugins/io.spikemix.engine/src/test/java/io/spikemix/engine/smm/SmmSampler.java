package io.spikemix.engine.smm;

import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;

/** Draws data from the spiked mixture model y = α·x_z + ε (method.md §1) with known truth, for tests. */
final class SmmSampler {

    final SpectralMatrix data;
    final int[] z;

    private SmmSampler(SpectralMatrix data, int[] z) {
        this.data = data;
        this.z = z;
    }

    static SmmSampler sample(int n, double[][] spikes, double[] pi, double sigma2, SplittableRandom rng) {
        int d = spikes[0].length;
        SpectralMatrix m = SpectralMatrix.allocate(n, d);
        int[] z = new int[n];
        double sd = Math.sqrt(sigma2);
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int c = 0;
            double acc = pi[0];
            while (u > acc && c < pi.length - 1) {
                acc += pi[++c];
            }
            z[i] = c;
            double alpha = rng.nextGaussian();
            for (int j = 0; j < d; j++) {
                m.set(i, j, (float) (alpha * spikes[c][j] + sd * rng.nextGaussian()));
            }
        }
        return new SmmSampler(m, z);
    }

    static double[][] gaussianSpikes(int k, int d, double variance, SplittableRandom rng) {
        double[][] x = new double[k][d];
        double sd = Math.sqrt(variance);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                x[c][j] = sd * rng.nextGaussian();
            }
        }
        return x;
    }

    /** Dirichlet(a, …, a) weights via normalised Gamma(a) draws (a ≥ 1: Marsaglia–Tsang). */
    static double[] dirichlet(int k, double a, SplittableRandom rng) {
        double[] w = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            w[c] = gamma(a, rng);
            sum += w[c];
        }
        for (int c = 0; c < k; c++) {
            w[c] /= sum;
        }
        return w;
    }

    private static double gamma(double a, SplittableRandom rng) {
        double dd = a - 1.0 / 3;
        double cc = 1 / Math.sqrt(9 * dd);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + cc * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + dd - dd * v + dd * Math.log(v)) {
                return dd * v;
            }
        }
    }
}
