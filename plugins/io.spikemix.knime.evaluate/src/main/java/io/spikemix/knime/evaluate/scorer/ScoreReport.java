package io.spikemix.knime.evaluate.scorer;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.evaluate.ClusteringScores;
import io.spikemix.engine.evaluate.ContingencyTable;

/**
 * The contents of the Segmentation Scorer's output tables, from engine {@link ClusteringScores}, without KNIME
 * types: the label conventions (missing values), the summary row and the confusion matrix layout. Pure Java.
 */
public final class ScoreReport {

    public static final String ARI = "Adjusted Rand index";
    public static final String NMI = "Normalized mutual information";
    public static final String ACCURACY = "Accuracy";
    public static final String SCORED = "Scored pixels";
    public static final String UNLABELLED = "Unlabelled pixels";
    public static final String MASKED = "Masked pixels";
    /** Confusion matrix: the reference label of the row. */
    public static final String REFERENCE_LABEL = "Reference label";
    /** Confusion matrix: the cluster matched to the row's label by the accuracy matching. */
    public static final String MATCHED_CLUSTER = "Matched cluster";

    /** What a missing reference label is scored as: unlabelled. */
    public static final int MISSING_REFERENCE = 0;
    /** What a missing predicted cluster is scored as: masked. */
    public static final int MISSING_PREDICTION = -1;

    private final ClusteringScores scores;

    /**
     * @param reference per pixel the reference label, ≤ 0 (or {@link #MISSING_REFERENCE}) = unlabelled
     * @param predicted per pixel the predicted cluster, {@link #MISSING_PREDICTION} = not assigned
     * @throws IllegalArgumentException when no pixel is both labelled and assigned
     */
    public ScoreReport(int[] reference, int[] predicted) {
        this.scores = ClusteringScores.of(reference, predicted);
    }

    public ClusteringScores scores() {
        return scores;
    }

    /** Summary column names: three doubles, then three longs. */
    public static List<String> summaryColumns() {
        return List.of(ARI, NMI, ACCURACY, SCORED, UNLABELLED, MASKED);
    }

    /** The three scores, in the order of {@link #summaryColumns()}. */
    public double[] scoreValues() {
        return new double[] {scores.adjustedRandIndex(), scores.normalizedMutualInformation(), scores.accuracy()};
    }

    /** The three counts, in the order of {@link #summaryColumns()}. */
    public long[] countValues() {
        return new long[] {scores.scoredCount(), scores.unlabelledCount(), scores.maskedCount()};
    }

    /** Confusion matrix column names: the reference label, one per predicted cluster ("cluster 3"), the match. */
    public List<String> confusionColumns() {
        List<String> names = new ArrayList<>();
        names.add(REFERENCE_LABEL);
        for (int c : scores.confusion().columnLabels()) {
            names.add("cluster " + c);
        }
        names.add(MATCHED_CLUSTER);
        return names;
    }

    /** The reference labels, one per confusion matrix row, ascending. */
    public int[] referenceLabels() {
        return scores.confusion().rowLabels();
    }

    /** Pixel counts of confusion matrix row {@code r}, one per predicted cluster. */
    public long[] counts(int r) {
        return scores.confusion().counts()[r].clone();
    }

    /**
     * For each confusion matrix row, the predicted cluster matched to its reference label by the accuracy matching,
     * or −1 when the label has no cluster (more classes than clusters).
     */
    public int[] matchedClusters() {
        ContingencyTable t = scores.confusion();
        int[] rows = t.rowLabels();
        int[] cols = t.columnLabels();
        int[] refOfCluster = scores.matchedReferenceLabels();
        int[] out = new int[rows.length];
        java.util.Arrays.fill(out, -1);
        for (int c = 0; c < cols.length; c++) {
            if (refOfCluster[c] >= 0) {
                out[java.util.Arrays.binarySearch(rows, refOfCluster[c])] = cols[c];
            }
        }
        return out;
    }
}
