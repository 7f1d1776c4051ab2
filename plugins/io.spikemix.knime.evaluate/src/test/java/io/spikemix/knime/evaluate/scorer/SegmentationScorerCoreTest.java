package io.spikemix.knime.evaluate.scorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.engine.evaluate.ClusteringScores;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.table.ColumnInfo;

/**
 * The Segmentation Scorer's logic, without KNIME: configure resolves and checks the columns the settings name and
 * announces the summary execute writes; the scores are the engine's; unlabelled and masked pixels are counted and
 * warned about; the confusion matrix has one row per reference label.
 */
class SegmentationScorerCoreTest {

    private static ColumnInfo ints(String name) {
        return new ColumnInfo(name, true, true, Map.of());
    }

    private static final List<ColumnInfo> PIXELS = List.of(ints("x"), ints("y"), new ColumnInfo("b", true, false,
            Map.of()), ints("cluster"), ints("truth"), new ColumnInfo("name", false, false, Map.of()));

    @Test
    void theColumnsTheSettingsNameAreResolved() throws CoreInputException {
        SegmentationScorerCore.Columns c = SegmentationScorerCore.configure(PIXELS, null, "cluster", "truth", "");
        assertEquals(3, c.predicted());
        assertEquals(4, c.reference());
        SegmentationScorerCore.Columns byPixel = SegmentationScorerCore.configure(PIXELS,
                List.of(ints("y"), ints("label"), ints("x")), "cluster", "truth", "");
        assertTrue(byPixel.byPixel());
        assertEquals(1, byPixel.referenceLabel(), "the only column besides x and y");
        assertArrayEquals(new int[] {2, 0}, byPixel.referenceXy());
        assertArrayEquals(new int[] {0, 1}, byPixel.pixelXy());
    }

    @Test
    void aSelectedReferenceTableColumnIsUsedAmongSeveral() throws CoreInputException {
        SegmentationScorerCore.Columns c = SegmentationScorerCore.configure(PIXELS,
                List.of(ints("x"), ints("y"), ints("a"), ints("b")), "cluster", "truth", "b");
        assertEquals(3, c.referenceLabel());
    }

    @Test
    void badSelectionsAreRefusedNamingTheSetting() {
        String same = assertThrows(CoreInputException.class,
                () -> SegmentationScorerCore.configure(PIXELS, null, "cluster", "cluster", "")).getMessage();
        assertTrue(same.contains("same column 'cluster'"), same);
        String notInt = assertThrows(CoreInputException.class,
                () -> SegmentationScorerCore.configure(PIXELS, null, "b", "truth", "")).getMessage();
        assertTrue(notInt.contains("'b'") && notInt.contains(SegmentationScorerSettings.PREDICTED_COLUMN.label()),
                notInt);
        String missing = assertThrows(CoreInputException.class,
                () -> SegmentationScorerCore.configure(PIXELS, null, "cluster", "gone", "")).getMessage();
        assertTrue(missing.contains("'gone'") && missing.contains(SegmentationScorerCore.PIXELS), missing);
        String ambiguous = assertThrows(CoreInputException.class, () -> SegmentationScorerCore.configure(PIXELS,
                List.of(ints("x"), ints("y"), ints("a"), ints("b")), "cluster", "truth", "")).getMessage();
        assertTrue(ambiguous.contains(SegmentationScorerSettings.REFERENCE_TABLE_COLUMN.label()), ambiguous);
        String noXy = assertThrows(CoreInputException.class, () -> SegmentationScorerCore.configure(PIXELS,
                List.of(ints("label")), "cluster", "truth", "")).getMessage();
        assertTrue(noXy.contains("'x'") && noXy.contains(SegmentationScorerCore.REFERENCE), noXy);
    }

    @Test
    void theSummaryIsTheOneAnnouncedAndHoldsTheEnginesScores() throws CoreInputException {
        int[] reference = {1, 1, 1, 2, 2, 2, 3, 3, 0};
        int[] predicted = {5, 5, 6, 6, 6, 6, 7, 7, 7};
        SegmentationScorerCore.Result r = SegmentationScorerCore.execute(reference, predicted);
        assertEquals(SegmentationScorerCore.summaryColumns(), r.summary().columns());
        ClusteringScores engine = ClusteringScores.of(reference, predicted);
        assertEquals(engine.adjustedRandIndex(), r.summary().value(0, 0));
        assertEquals(engine.normalizedMutualInformation(), r.summary().value(0, 1));
        assertEquals(engine.accuracy(), r.summary().value(0, 2));
        assertEquals(8L, r.summary().value(0, 3));
        assertEquals(1L, r.summary().value(0, 4), "one unlabelled pixel");
        assertNotNull(r.warning());
        assertEquals(3, r.confusion().size(), "one row per reference label");
        assertEquals("label 1", r.confusion().key(0));
    }

    /** A segmentation that is the reference with its clusters renamed scores perfectly, whatever the names. */
    @ParameterizedTest(name = "clusters named {0}")
    @CsvSource({ "'1,2,3'", "'3,1,2'", "'7,5,9'", "'2,3,1'" })
    void aRenamedPerfectSegmentationScoresOne(String names) throws CoreInputException {
        int[] map = java.util.Arrays.stream(names.split(",")).mapToInt(Integer::parseInt).toArray();
        int[] reference = {1, 1, 2, 2, 2, 3, 3, 1, 3, 2};
        int[] predicted = java.util.Arrays.stream(reference).map(r -> map[r - 1]).toArray();
        SegmentationScorerCore.Result r = SegmentationScorerCore.execute(reference, predicted);
        assertEquals(1.0, (Double) r.summary().value(0, 0), 1e-12);
        assertEquals(1.0, (Double) r.summary().value(0, 1), 1e-12);
        assertEquals(1.0, (Double) r.summary().value(0, 2), 1e-12);
        for (int i = 0; i < 3; i++) {
            assertEquals(map[i], r.confusion().value(i, r.confusion().columns().size() - 1), "label " + (i + 1));
        }
    }

    @Test
    void noWarningWhenEveryPixelIsScored() throws CoreInputException {
        assertNull(SegmentationScorerCore.execute(new int[] {1, 2}, new int[] {1, 2}).warning());
    }

    @Test
    void labelsWithNoPixelBothLabelledAndAssignedAreRefused() {
        assertThrows(CoreInputException.class,
                () -> SegmentationScorerCore.execute(new int[] {0, 0}, new int[] {1, 2}));
    }
}
