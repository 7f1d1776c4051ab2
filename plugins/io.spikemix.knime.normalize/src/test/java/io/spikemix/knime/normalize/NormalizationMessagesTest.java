package io.spikemix.knime.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NormalizationMessagesTest {

    private static final List<String> COLS = List.of("a", "b", "c", "d", "e", "f", "g");

    @Test
    void nothingToReportGivesNoWarning() {
        assertEquals(Optional.empty(), NormalizationMessages.warning(new int[0], new int[0], new int[0], COLS));
    }

    @Test
    void warningNamesConstantColumnsAndCountsRows() {
        String w = NormalizationMessages.warning(new int[] {1}, new int[] {0, 4}, new int[] {3}, COLS).orElseThrow();
        assertEquals("1 constant spectral column ('b') mapped to 0; 2 rows with an all-zero spectrum "
                + "(no positive norm) left as zeros; 1 row with missing or non-finite values skipped and written "
                + "as missing cells.", w);
    }

    @Test
    void longListsOfConstantColumnsAreShortened() {
        String w = NormalizationMessages.warning(new int[] {0, 1, 2, 3, 4, 5, 6}, new int[0], new int[0], COLS)
                .orElseThrow();
        assertTrue(w.startsWith("7 constant spectral columns ('a', 'b', 'c', 'd', 'e', …)"), w);
    }

    @Test
    void nonFiniteErrorUsesRowKeyAndColumnName() {
        String m = NormalizationMessages.nonFinite("Row7", "512 nm", Float.NaN, "Skip rows");
        assertTrue(m.startsWith("Row 'Row7' holds a missing or NaN value in spectral column '512 nm'"), m);
        assertTrue(NormalizationMessages.nonFinite("r", "c", Float.POSITIVE_INFINITY, "S").contains("Infinity"));
    }
}
