package io.spikemix.knime.evaluate.scorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceLabelsTest {

    @Test
    void labelsAreFoundByCoordinatesAndAbsentPixelsAreUnlabelled() {
        ReferenceLabels labels = new ReferenceLabels("reference labels table");
        labels.put(0, 0, 3, 0);
        labels.put(1, 0, 5, 1);
        labels.put(0, 1, 7, 2);
        // coordinates that would collide if x and y were packed carelessly
        labels.put(-1, 0, 9, 3);
        labels.put(0, -1, 11, 4);
        assertEquals(3, labels.labelAt(0, 0));
        assertEquals(5, labels.labelAt(1, 0));
        assertEquals(7, labels.labelAt(0, 1));
        assertEquals(9, labels.labelAt(-1, 0));
        assertEquals(11, labels.labelAt(0, -1));
        assertEquals(ScoreReport.MISSING_REFERENCE, labels.labelAt(1, 1));
        assertEquals(5, labels.size());
    }

    @Test
    void aPixelListedTwiceIsRefusedNamingItAndTheRow() {
        ReferenceLabels labels = new ReferenceLabels("reference labels table");
        labels.put(4, 2, 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> labels.put(4, 2, 2, 17));
        assertTrue(e.getMessage().contains("reference labels table has two rows for pixel (x = 4, y = 2)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("row 17"), e.getMessage());
    }

    @Test
    void wholeNumbersAreLabelsAndFractionsOrNonFiniteValuesAreRefused() {
        assertEquals(3, ReferenceLabels.wholeLabel(3.0, "band 0", 0));
        assertEquals(-2, ReferenceLabels.wholeLabel(-2.0, "band 0", 0));
        assertEquals(0, ReferenceLabels.wholeLabel(-0.0, "band 0", 0));
        for (double bad : new double[] {2.5, Double.NaN, Double.POSITIVE_INFINITY, 1e10}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ReferenceLabels.wholeLabel(bad, "band 0", 12));
            assertTrue(e.getMessage().contains("Row 12 of column 'band 0' holds " + bad), e.getMessage());
            assertTrue(e.getMessage().contains("whole number"), e.getMessage());
        }
    }
}
