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
    private final double[][] spikeValues;

    SmmParameters(double[][] directions, double[] lengths, double[] pi, double sigma2, boolean[] active) {
        this(directions, lengths, pi, sigma2, active, null);
    }

    /**
     * @param spikes the spikes x_k exactly as a caller gave them (a restored model), or null to use s_k·v_k. Kept
     *               so that saving and restoring a model returns the very same spike values: s·(x/‖x‖) need not
     *               round back to x.
     */
    SmmParameters(double[][] directions, double[] lengths, double[] pi, double sigma2, boolean[] active,
            double[][] spikes) {
        this.directions = directions;
        this.lengths = lengths;
        this.pi = pi;
        this.sigma2 = sigma2;
        this.active = active;
        this.spikeValues = spikes == null ? product(directions, lengths) : copy(spikes);
    }

    private static double[][] product(double[][] directions, double[] lengths) {
        double[][] x = new double[lengths.length][];
        for (int c = 0; c < lengths.length; c++) {
            x[c] = new double[directions[c].length];
            for (int j = 0; j < x[c].length; j++) {
                x[c][j] = lengths[c] * directions[c][j];
            }
        }
        return x;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    int k() {
        return lengths.length;
    }

    int d() {
        return directions[0].length;
    }

    /** x_k = s_k·v_k (or the values a restored model was given) as a new K×d array. */
    double[][] spikes() {
        return copy(spikeValues);
    }

    int activeCount() {
        int n = 0;
        for (boolean a : active) {
            n += a ? 1 : 0;
        }
        return n;
    }
}
