package io.spikemix.knime.evaluate.spikes;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.engine.evaluate.SpikeMatching;
import io.spikemix.engine.evaluate.SpikeSetEvaluation;

/**
 * The contents of the Spike Set Evaluator's two output tables, computed from an engine {@link SpikeSetEvaluation}
 * without KNIME types: the summary row and the matched-pairs rows. Pure Java.
 */
public final class SpikeSetReport {

    /** Summary column: Hausdorff distance under the squared Euclidean distance. */
    public static final String HAUSDORFF_EUCLIDEAN = "Hausdorff (squared Euclidean)";
    /** Summary column: Hausdorff distance under the absolute cosine distance. */
    public static final String HAUSDORFF_COSINE = "Hausdorff (abs cosine)";
    public static final String ESTIMATED_COUNT = "Estimated spikes";
    public static final String REFERENCE_COUNT = "Reference spikes";
    public static final String FEATURE_COUNT = "Features";

    /** Pairs column names. */
    public static final String REFERENCE = "Reference spike";
    public static final String ESTIMATED = "Estimated spike";
    public static final String SQUARED_EUCLIDEAN = "Squared Euclidean";
    public static final String ABS_COSINE = "Abs cosine";
    public static final String SIGN = "Sign";

    /**
     * One row of the pairs table. For an unmatched spike the partner is null and the distances are NaN (written as
     * missing cells); {@code sign} is 0 then.
     *
     * @param reference         row key of the reference spike, or null
     * @param estimated         row key of the estimated spike, or null
     * @param squaredEuclidean  min(‖x − x̂‖², ‖x + x̂‖²)
     * @param absCosine         1 − |xᵀx̂| / (‖x‖ ‖x̂‖)
     * @param sign              +1 if xᵀx̂ ≥ 0, −1 otherwise: sign·x̂ is the estimate oriented like the reference
     */
    public record PairRow(String reference, String estimated, double squaredEuclidean, double absCosine, int sign) {
    }

    private final SpikeSetEvaluation evaluation;
    private final SpikeDistance matchingDistance;
    private final double[][] reference;
    private final double[][] estimated;
    private final List<String> referenceKeys;
    private final List<String> estimatedKeys;

    /**
     * Evaluates {@code estimated} against {@code reference}.
     *
     * @param reference     reference spikes, K × d, rows named by {@code referenceKeys}
     * @param estimated     estimated spikes, K̂ × d, rows named by {@code estimatedKeys}
     * @param matching      the distance the matching minimises
     * @throws IllegalArgumentException when a table has no spike, when d = 0, or on non-finite values
     */
    public SpikeSetReport(double[][] reference, List<String> referenceKeys, double[][] estimated,
            List<String> estimatedKeys, SpikeDistance matching) {
        if (reference.length == 0 || estimated.length == 0) {
            throw new IllegalArgumentException("Both spikes tables need at least one row. Got " + estimated.length
                    + " estimated and " + reference.length + " reference spikes instead.");
        }
        if (reference[0].length == 0) {
            throw new IllegalArgumentException("The spikes tables have no feature column in common; expected at "
                    + "least one double column per band.");
        }
        this.reference = reference;
        this.estimated = estimated;
        this.referenceKeys = List.copyOf(referenceKeys);
        this.estimatedKeys = List.copyOf(estimatedKeys);
        this.matchingDistance = matching;
        this.evaluation = SpikeSetEvaluation.of(reference, estimated);
    }

    /** The engine distance named by a choice of the Matching distance setting. */
    public static SpikeDistance distance(String choice) {
        switch (choice) {
            case SpikeSetEvaluatorSettings.ABS_COSINE:
                return SpikeDistance.ABS_COSINE;
            case SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN:
                return SpikeDistance.SQUARED_EUCLIDEAN;
            default:
                throw new IllegalArgumentException("The 'Matching distance' setting must be one of "
                        + SpikeSetEvaluatorSettings.MATCHING_DISTANCE.choices() + ". Got '" + choice + "' instead.");
        }
    }

    public double hausdorff(SpikeDistance d) {
        return evaluation.hausdorff(d);
    }

    /** Summary column names, in order: two doubles, then three ints. */
    public static List<String> summaryColumns() {
        return List.of(HAUSDORFF_EUCLIDEAN, HAUSDORFF_COSINE, ESTIMATED_COUNT, REFERENCE_COUNT, FEATURE_COUNT);
    }

    public int estimatedCount() {
        return estimated.length;
    }

    public int referenceCount() {
        return reference.length;
    }

    public int featureCount() {
        return reference[0].length;
    }

    /**
     * The pairs of the optimal matching under the chosen distance, in increasing reference order, then the
     * unmatched reference spikes, then the unmatched estimated spikes.
     */
    public List<PairRow> pairRows() {
        SpikeMatching m = evaluation.matching(matchingDistance);
        List<PairRow> rows = new ArrayList<>();
        for (SpikeMatching.Pair p : m.pairs()) {
            double[] x = reference[p.referenceIndex()];
            double[] y = estimated[p.estimatedIndex()];
            rows.add(new PairRow(referenceKeys.get(p.referenceIndex()), estimatedKeys.get(p.estimatedIndex()),
                    SpikeDistance.SQUARED_EUCLIDEAN.between(x, y), SpikeDistance.ABS_COSINE.between(x, y),
                    p.sign()));
        }
        for (int r : m.unmatchedReference()) {
            rows.add(new PairRow(referenceKeys.get(r), null, Double.NaN, Double.NaN, 0));
        }
        for (int e : m.unmatchedEstimated()) {
            rows.add(new PairRow(null, estimatedKeys.get(e), Double.NaN, Double.NaN, 0));
        }
        return rows;
    }
}
