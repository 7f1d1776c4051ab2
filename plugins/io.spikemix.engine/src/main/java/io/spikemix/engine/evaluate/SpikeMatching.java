package io.spikemix.engine.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The optimal one-to-one matching between reference spikes and estimated spikes: the pairing that minimises the sum
 * of {@link SpikeDistance}s, found with {@link LinearAssignment} on the K × K̂ distance matrix. It tells the user which
 * estimated spike corresponds to which reference spectrum; {@link Hausdorff} gives the single-number summary.
 *
 * <p>When the sets differ in size, min(K, K̂) pairs are formed and the left-over spikes of the larger set are listed
 * as unmatched. Each pair also records the sign that aligns the estimate with the reference (spikes are identified
 * only up to sign, method.md §1), so a caller can flip the estimate for display.
 *
 * <p>Complexity: O(K·K̂·d) for the distances plus O(min(K,K̂)²·max(K,K̂)) for the assignment.
 */
public final class SpikeMatching {

    /**
     * One matched pair.
     *
     * @param referenceIndex row of the reference set
     * @param estimatedIndex row of the estimated set
     * @param distance       the distance between the two under {@link SpikeMatching#distance()}
     * @param sign           +1 if xᵀx̂ ≥ 0, −1 otherwise: sign·x̂ is the estimate oriented like the reference
     */
    public record Pair(int referenceIndex, int estimatedIndex, double distance, int sign) {
    }

    private final SpikeDistance distance;
    private final List<Pair> pairs;
    private final int[] unmatchedReference;
    private final int[] unmatchedEstimated;

    private SpikeMatching(SpikeDistance distance, List<Pair> pairs, int[] unmatchedReference,
            int[] unmatchedEstimated) {
        this.distance = distance;
        this.pairs = pairs;
        this.unmatchedReference = unmatchedReference;
        this.unmatchedEstimated = unmatchedEstimated;
    }

    /**
     * Matches {@code estimated} to {@code reference}.
     *
     * @param reference reference spikes, K × d, not modified
     * @param estimated estimated spikes, K̂ × d, not modified
     * @param distance  the spike distance that is minimised
     * @throws IllegalArgumentException if the spikes do not all have the same length or contain NaN/Inf
     */
    public static SpikeMatching match(double[][] reference, double[][] estimated, SpikeDistance distance) {
        SpikeSets.requireComparable(reference, estimated);
        int k = reference.length;
        int kHat = estimated.length;
        double[][] cost = new double[k][kHat];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < kHat; j++) {
                cost[i][j] = distance.compute(reference[i], estimated[j]);
            }
        }
        LinearAssignment assignment = LinearAssignment.minimize(cost);
        int[] toEstimated = assignment.rowToColumn();
        int[] toReference = assignment.columnToRow();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int j = toEstimated[i];
            if (j >= 0) {
                pairs.add(new Pair(i, j, cost[i][j], dot(reference[i], estimated[j]) >= 0 ? 1 : -1));
            }
        }
        return new SpikeMatching(distance, Collections.unmodifiableList(pairs), unassigned(toEstimated),
                unassigned(toReference));
    }

    /** The distance that was minimised and that {@link Pair#distance()} reports. */
    public SpikeDistance distance() {
        return distance;
    }

    /** The matched pairs, in increasing reference index. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** Reference spikes left without a partner (when there are more reference than estimated spikes), ascending. */
    public int[] unmatchedReference() {
        return unmatchedReference.clone();
    }

    /** Estimated spikes left without a partner (when there are more estimated than reference spikes), ascending. */
    public int[] unmatchedEstimated() {
        return unmatchedEstimated.clone();
    }

    /** The sum of the pair distances, the minimum over all one-to-one matchings. */
    public double totalDistance() {
        double sum = 0;
        for (Pair p : pairs) {
            sum += p.distance();
        }
        return sum;
    }

    private static int[] unassigned(int[] assignment) {
        return java.util.stream.IntStream.range(0, assignment.length).filter(i -> assignment[i] < 0).toArray();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int f = 0; f < a.length; f++) {
            s += a[f] * b[f];
        }
        return s;
    }
}
