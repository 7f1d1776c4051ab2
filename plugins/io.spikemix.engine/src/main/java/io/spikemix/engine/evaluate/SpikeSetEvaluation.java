package io.spikemix.engine.evaluate;

import java.util.EnumMap;
import java.util.Map;

/**
 * Everything the evaluation of estimated spikes against reference spikes reports, for both distances at once:
 * the Hausdorff distance (method.md §5) and the optimal one-to-one matching. Immutable.
 *
 * <p>Complexity: O(K·K̂·d + min(K,K̂)²·max(K,K̂)) per distance.
 */
public final class SpikeSetEvaluation {

    private final Map<SpikeDistance, Double> hausdorff;
    private final Map<SpikeDistance, SpikeMatching> matchings;

    private SpikeSetEvaluation(Map<SpikeDistance, Double> hausdorff, Map<SpikeDistance, SpikeMatching> matchings) {
        this.hausdorff = hausdorff;
        this.matchings = matchings;
    }

    /**
     * Evaluates {@code estimated} against {@code reference} under every {@link SpikeDistance}.
     *
     * @param reference reference spikes, K × d; not modified
     * @param estimated estimated spikes, K̂ × d; not modified
     * @throws IllegalArgumentException if the spikes do not all have the same length or contain NaN/Inf
     */
    public static SpikeSetEvaluation of(double[][] reference, double[][] estimated) {
        Map<SpikeDistance, Double> hausdorff = new EnumMap<>(SpikeDistance.class);
        Map<SpikeDistance, SpikeMatching> matchings = new EnumMap<>(SpikeDistance.class);
        for (SpikeDistance d : SpikeDistance.values()) {
            hausdorff.put(d, Hausdorff.distance(reference, estimated, d));
            matchings.put(d, SpikeMatching.match(reference, estimated, d));
        }
        return new SpikeSetEvaluation(hausdorff, matchings);
    }

    /** The Hausdorff distance under {@code distance} (+∞ if exactly one set is empty). */
    public double hausdorff(SpikeDistance distance) {
        return hausdorff.get(distance);
    }

    /** The optimal one-to-one matching under {@code distance}. */
    public SpikeMatching matching(SpikeDistance distance) {
        return matchings.get(distance);
    }
}
