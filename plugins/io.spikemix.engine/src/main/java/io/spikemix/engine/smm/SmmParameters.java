package io.spikemix.engine.smm;

/**
 * Parameters θ = {x_k, π_k, σ²} of a spiked mixture model, with each spike kept as a unit direction v_k and a
 * length s_k ≥ 0 (x_k = s_k·v_k). Directions of zero spikes are kept too: they warm-start the next eigen solve.
 * Package-private and treated as immutable (arrays are never modified after construction).
 */
final class SmmParameters {

    final double[][] directions;
    final double[] lengths;
    final double[] pi;
    final double sigma2;
    final boolean[] active;

    SmmParameters(double[][] directions, double[] lengths, double[] pi, double sigma2, boolean[] active) {
        this.directions = directions;
        this.lengths = lengths;
        this.pi = pi;
        this.sigma2 = sigma2;
        this.active = active;
    }

    int k() {
        return lengths.length;
    }

    int d() {
        return directions[0].length;
    }

    /** x_k = s_k·v_k as a new K×d array. */
    double[][] spikes() {
        double[][] x = new double[k()][d()];
        for (int c = 0; c < k(); c++) {
            for (int j = 0; j < d(); j++) {
                x[c][j] = lengths[c] * directions[c][j];
            }
        }
        return x;
    }

    int activeCount() {
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        return n;
    }
}
