package io.spikemix.knime.evaluate.scorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreReportTest {

    @Test
    void relabelledPerfectSegmentationScoresOneAndCountsExcludedPixels() {
        int[] reference = {1, 1, 2, 2, ScoreReport.MISSING_REFERENCE, 2};
        int[] predicted = {5, 5, 7, 7, 5, ScoreReport.MISSING_PREDICTION};
        ScoreReport r = new ScoreReport(reference, predicted);
        assertArrayEquals(new double[] {1, 1, 1}, r.scoreValues(), 1e-12);
        assertArrayEquals(new long[] {4, 1, 1}, r.countValues());
        assertEquals(List.of(ScoreReport.REFERENCE_LABEL, "cluster 5", "cluster 7", ScoreReport.MATCHED_CLUSTER),
                r.confusionColumns());
        assertArrayEquals(new int[] {1, 2}, r.referenceLabels());
        assertArrayEquals(new long[] {2, 0}, r.counts(0));
        assertArrayEquals(new long[] {0, 2}, r.counts(1));
        assertArrayEquals(new int[] {5, 7}, r.matchedClusters());
    }

    @Test
    void accuracyIsTheShareOnTheBestMatchedPairs() {
        // label 1: clusters 1,1,2; label 2: clusters 2,2,2 -> best matching 1<->1, 2<->2 covers 2 + 3 of 6 pixels
        ScoreReport r = new ScoreReport(new int[] {1, 1, 1, 2, 2, 2}, new int[] {1, 1, 2, 2, 2, 2});
        assertEquals(5.0 / 6, r.scoreValues()[2], 1e-12);
        assertArrayEquals(new long[] {2, 1}, r.counts(0));
        assertArrayEquals(new long[] {0, 3}, r.counts(1));
        assertArrayEquals(new int[] {1, 2}, r.matchedClusters());
    }

    @Test
    void aLabelWithoutAClusterHasNoMatch() {
        // three classes, one cluster: only one class can be matched
        ScoreReport r = new ScoreReport(new int[] {1, 2, 3, 3}, new int[] {4, 4, 4, 4});
        int[] matched = r.matchedClusters();
        assertEquals(4, matched[2]);
        assertEquals(-1, matched[0]);
        assertEquals(-1, matched[1]);
        assertEquals(0.5, r.scoreValues()[2], 1e-12);
    }

    @Test
    void nothingToScoreIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> new ScoreReport(new int[] {0, 0}, new int[] {1, 2}));
    }

    @Test
    void defaultColumnsAreTheClusteringNodesOutputAndALabelColumn() {
        assertEquals("cluster", SegmentationScorerSettings.PREDICTED_COLUMN.defaultString());
        assertEquals("label", SegmentationScorerSettings.REFERENCE_COLUMN.defaultString());
    }
}
