package io.spikemix.knime.evaluate.spikes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.engine.evaluate.SpikeSetEvaluation;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;

/**
 * The Spike Set Evaluator's logic, without KNIME: configure announces the columns of both tables execute writes,
 * the distances are the engine's, a flipped estimate matches with sign −1, and differing band columns are refused
 * unless the common columns are asked for.
 */
class SpikeSetEvaluatorCoreTest {

    private static final List<String> BANDS = List.of("b1", "b2", "b3");
    private static final double[][] REFERENCE = {{1, 0, 0}, {0, 2, 1}};
    private static final double[][] ESTIMATED = {{0.1, 1.9, 1.1}, {-0.9, 0.1, 0}, {0, 0, 3}};

    private static SpikeSetEvaluatorCore.Result evaluate() throws CoreInputException {
        return SpikeSetEvaluatorCore.execute(new SpikeSetEvaluatorCore.Spikes(ESTIMATED, List.of("e1", "e2", "e3")),
                new SpikeSetEvaluatorCore.Spikes(REFERENCE, List.of("r1", "r2")),
                SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN, null);
    }

    @Test
    void configureAnnouncesTheColumnsOfBothTablesExecuteWrites() throws CoreInputException {
        SpikeSetEvaluatorCore.Shapes shapes = SpikeSetEvaluatorCore.configure(BANDS, BANDS, false,
                SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN);
        SpikeSetEvaluatorCore.Result r = evaluate();
        assertEquals(shapes.summary(), r.summary().columns());
        assertEquals(shapes.pairs(), r.pairs().columns());
        assertEquals(BANDS, shapes.common());
        assertNull(shapes.warning());
    }

    /** Under either matching distance, configure announces the tables execute writes, and both Hausdorff values. */
    @ParameterizedTest(name = "matching by {0}")
    @ValueSource(strings = { SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN, SpikeSetEvaluatorSettings.ABS_COSINE })
    void eitherMatchingDistanceGivesTheAnnouncedTables(String distance) throws CoreInputException {
        SpikeSetEvaluatorCore.Shapes shapes = SpikeSetEvaluatorCore.configure(BANDS, BANDS, false, distance);
        SpikeSetEvaluatorCore.Result r = SpikeSetEvaluatorCore.execute(
                new SpikeSetEvaluatorCore.Spikes(ESTIMATED, List.of("e1", "e2", "e3")),
                new SpikeSetEvaluatorCore.Spikes(REFERENCE, List.of("r1", "r2")), distance, null);
        assertEquals(shapes.summary(), r.summary().columns());
        assertEquals(shapes.pairs(), r.pairs().columns());
        assertEquals(3, r.pairs().size(), "two matched pairs and one unmatched estimate");
        SpikeSetEvaluation engine = SpikeSetEvaluation.of(REFERENCE, ESTIMATED);
        assertEquals(engine.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN), r.hausdorffEuclidean(), 0.0);
        assertEquals(engine.hausdorff(SpikeDistance.ABS_COSINE), r.hausdorffCosine(), 0.0);
    }

    @Test
    void distancesAreTheEnginesAndAFlippedEstimateMatchesWithSignMinusOne() throws CoreInputException {
        SpikeSetEvaluatorCore.Result r = evaluate();
        SpikeSetEvaluation engine = SpikeSetEvaluation.of(REFERENCE, ESTIMATED);
        assertEquals(engine.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN), r.hausdorffEuclidean(), 0.0);
        assertEquals(engine.hausdorff(SpikeDistance.ABS_COSINE), r.hausdorffCosine(), 0.0);
        NewTable summary = r.summary();
        assertEquals(1, summary.size());
        assertEquals(3, summary.value(0, 2));
        assertEquals(2, summary.value(0, 3));
        assertEquals(3, summary.value(0, 4));
        NewTable pairs = r.pairs();
        int flipped = -1;
        int unmatched = -1;
        for (int i = 0; i < pairs.size(); i++) {
            if ("e2".equals(pairs.value(i, 1))) {
                flipped = i;
            }
            if (pairs.value(i, 0) == null) {
                unmatched = i;
            }
        }
        assertEquals("r1", pairs.value(flipped, 0));
        assertEquals(-1, pairs.value(flipped, 4));
        assertEquals("e3", pairs.value(unmatched, 1), "three estimates for two references: one stays unmatched");
        assertNull(pairs.value(unmatched, 4), "an unmatched spike has no sign");
        assertTrue(Double.isNaN((Double) pairs.value(unmatched, 2)));
    }

    @Test
    void differingBandColumnsAreRefusedUnlessTheCommonOnesAreAskedFor() throws CoreInputException {
        List<String> other = List.of("b1", "b2", "b4");
        CoreInputException e = assertThrows(CoreInputException.class, () -> SpikeSetEvaluatorCore.configure(BANDS,
                other, false, SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN));
        assertTrue(e.getMessage().contains(SpikeSetEvaluatorSettings.COMMON_COLUMNS_ONLY.label()), e.getMessage());
        SpikeSetEvaluatorCore.Shapes shapes = SpikeSetEvaluatorCore.configure(BANDS, other, true,
                SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN);
        assertEquals(List.of("b1", "b2"), shapes.common());
        assertNotNull(shapes.warning());
    }

    @Test
    void tablesWithoutACommonColumnOrWithoutRowsAreRefused() {
        assertThrows(CoreInputException.class, () -> SpikeSetEvaluatorCore.configure(List.of("a"), List.of("b"),
                true, SpikeSetEvaluatorSettings.SQUARED_EUCLIDEAN));
        CoreInputException e = assertThrows(CoreInputException.class, () -> SpikeSetEvaluatorCore.execute(
                new SpikeSetEvaluatorCore.Spikes(new double[0][], List.of()),
                new SpikeSetEvaluatorCore.Spikes(REFERENCE, List.of("r1", "r2")),
                SpikeSetEvaluatorSettings.ABS_COSINE, null));
        assertTrue(e.getMessage().contains("at least one row"), e.getMessage());
    }
}
