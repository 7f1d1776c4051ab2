package io.spikemix.knime.evaluate.spikes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.evaluate.SpikeDistance;

class SpikeSetReportTest {

    // reference r0 = (1, 0), r1 = (0, 1); estimated e0 = (0, -2) (r1 flipped and scaled), e1 = (2, 0), e2 = (1, 1)
    private static final double[][] REF = {{1, 0}, {0, 1}};
    private static final double[][] EST = {{0, -2}, {2, 0}, {1, 1}};

    private static SpikeSetReport report(String matching) {
        return new SpikeSetReport(REF, List.of("r0", "r1"), EST, List.of("e0", "e1", "e2"),
                SpikeSetReport.distance(matching));
    }

    @Test
    void hausdorffValuesAreTheHandComputedOnes() {
        SpikeSetReport r = report(SpikeSetEvaluatorSettings.ABS_COSINE);
        // e2 = (1, 1) is 1 - 1/sqrt(2) away (abs cosine) from both references; every other spike has a partner at 0
        assertEquals(1 - 1 / Math.sqrt(2), r.hausdorff(SpikeDistance.ABS_COSINE), 1e-12);
        // squared Euclidean: every nearest-neighbour distance is exactly 1 (e.g. |(1,0) - (2,0)|^2)
        assertEquals(1.0, r.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN), 1e-12);
        assertEquals(3, r.estimatedCount());
        assertEquals(2, r.referenceCount());
        assertEquals(2, r.featureCount());
    }

    @Test
    void pairsFollowTheOptimalMatchingAndListTheUnmatchedEstimate() {
        List<SpikeSetReport.PairRow> rows = report(SpikeSetEvaluatorSettings.ABS_COSINE).pairRows();
        assertEquals(3, rows.size());
        assertEquals(new SpikeSetReport.PairRow("r0", "e1", 1.0, 0.0, 1), rows.get(0));
        // e0 is r1 flipped: the sign says so, and both sign-invariant distances are those of -e0 = (0, 2)
        assertEquals(new SpikeSetReport.PairRow("r1", "e0", 1.0, 0.0, -1), rows.get(1));
        SpikeSetReport.PairRow unmatched = rows.get(2);
        assertNull(unmatched.reference());
        assertEquals("e2", unmatched.estimated());
        assertTrue(Double.isNaN(unmatched.squaredEuclidean()));
        assertEquals(0, unmatched.sign());
    }

    @Test
    void matchingDistanceChoicesMapToTheEngineDistances() {
        assertEquals(SpikeDistance.ABS_COSINE, SpikeSetReport.distance(SpikeSetEvaluatorSettings.ABS_COSINE));
        assertEquals(SpikeDistance.SQUARED_EUCLIDEAN,
                SpikeSetReport.distance(SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN));
        for (String choice : SpikeSetEvaluatorSettings.MATCHING_DISTANCE.choices()) {
            SpikeSetReport.distance(choice);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpikeSetReport.distance("manhattan"));
        assertTrue(e.getMessage().contains("'manhattan'"), e.getMessage());
    }

    @Test
    void emptyTablesAreRejectedWithBothCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SpikeSetReport(REF, List.of("r0", "r1"), new double[0][], List.of(),
                        SpikeDistance.ABS_COSINE));
        assertTrue(e.getMessage().contains("Got 0 estimated and 2 reference spikes"), e.getMessage());
    }

    @Test
    void summaryColumnsNameBothHausdorffDistances() {
        assertEquals(List.of(SpikeSetReport.HAUSDORFF_EUCLIDEAN, SpikeSetReport.HAUSDORFF_COSINE,
                SpikeSetReport.ESTIMATED_COUNT, SpikeSetReport.REFERENCE_COUNT, SpikeSetReport.FEATURE_COUNT),
                SpikeSetReport.summaryColumns());
    }
}
