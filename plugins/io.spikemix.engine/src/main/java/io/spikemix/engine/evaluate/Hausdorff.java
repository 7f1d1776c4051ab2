package io.spikemix.engine.evaluate;

/**
 * Hausdorff distance between two spike sets of possibly different sizes (method.md §5):
 *
 * <pre>d_H(X, X̂) = max( max_{x∈X} min_{x̂∈X̂} d(x, x̂),  max_{x̂∈X̂} min_{x∈X} d(x, x̂) )</pre>
 *
 * <p>It is symmetric in X and X̂ and does not depend on the order of the spikes or their signs (the
 * {@link SpikeDistance}s are sign-invariant). It is small only when every true spike has a close estimate AND every
 * estimate is close to a true spike, so both a missed spike and a spurious one are penalised.
 *
 * <p>Empty sets: two empty sets are at distance 0; an empty and a non-empty set are at distance
 * {@code +Infinity} (the inner minimum over an empty set is +∞), which callers should report as "no match".
 *
 * <p>Complexity: O(|X|·|X̂|·d) time, O(1) extra memory.
 */
public final class Hausdorff {

    private Hausdorff() {
    }

    /**
     * The Hausdorff distance between {@code x} and {@code xHat} under {@code distance}.
     *
     * @param x        reference spikes, K × d, not modified
     * @param xHat     estimated spikes, K̂ × d, not modified (K̂ may differ from K)
     * @param distance the spike distance
     * @throws IllegalArgumentException if the spikes do not all have the same length or contain NaN/Inf
     */
    public static double distance(double[][] x, double[][] xHat, SpikeDistance distance) {
        SpikeSets.requireComparable(x, xHat);
        if (x.length == 0 && xHat.length == 0) {
            return 0;
        }
        return Math.max(directed(x, xHat, distance), directed(xHat, x, distance));
    }

    /**
     * The directed distance max_{a∈A} min_{b∈B} d(a, b): how far the worst-covered spike of {@code a} is from
     * {@code b}. Zero for empty {@code a}; +∞ for non-empty {@code a} and empty {@code b}.
     */
    public static double directed(double[][] a, double[][] b, SpikeDistance distance) {
        SpikeSets.requireComparable(a, b);
        double worst = 0;
        for (double[] spike : a) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] other : b) {
                nearest = Math.min(nearest, distance.compute(spike, other));
            }
            worst = Math.max(worst, nearest);
        }
        return worst;
    }
}
