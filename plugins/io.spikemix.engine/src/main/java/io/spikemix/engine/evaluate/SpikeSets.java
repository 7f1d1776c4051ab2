package io.spikemix.engine.evaluate;

/** Validation shared by the spike-set comparisons. */
final class SpikeSets {

    private SpikeSets() {
    }

    /**
     * Checks that both sets are non-null, rectangular with one common feature count, and finite.
     *
     * @return the common feature count d (0 if both sets are empty)
     */
    static int requireComparable(double[][] x, double[][] xHat) {
        if (x == null || xHat == null) {
            throw new IllegalArgumentException("Spike sets must not be null.");
        }
        int d = -1;
        d = checkSet(x, "first", d);
        d = checkSet(xHat, "second", d);
        return Math.max(d, 0);
    }

    private static int checkSet(double[][] set, String name, int d) {
        for (int k = 0; k < set.length; k++) {
            double[] spike = set[k];
            if (spike == null) {
                throw new IllegalArgumentException("Spike " + k + " of the " + name + " set is null.");
            }
            if (d >= 0 && spike.length != d) {
                throw new IllegalArgumentException("All spikes must have the same number of features. Spike " + k
                        + " of the " + name + " set has " + spike.length + " instead of " + d + ".");
            }
            d = spike.length;
            for (int f = 0; f < d; f++) {
                if (!Double.isFinite(spike[f])) {
                    throw new IllegalArgumentException("Spike " + k + " of the " + name
                            + " set must be finite. Got " + spike[f] + " at feature " + f + " instead.");
                }
            }
        }
        return d;
    }
}
