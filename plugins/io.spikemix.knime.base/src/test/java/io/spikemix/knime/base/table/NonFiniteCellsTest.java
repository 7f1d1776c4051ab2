package io.spikemix.knime.base.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;

class NonFiniteCellsTest {

    @Test
    void findsTheFirstNonFiniteValueInRowMajorOrderAcrossBlocks() {
        // blocks of 2 rows (6 values) so the hit lies in a later block
        SpectralMatrix m = SpectralMatrix.allocate(5, 3, 6);
        m.set(3, 2, Float.POSITIVE_INFINITY);
        m.set(4, 0, Float.NaN);
        assertArrayEquals(new int[] {3, 2}, NonFiniteCells.first(m));
        m.set(1, 1, Float.NaN);
        assertArrayEquals(new int[] {1, 1}, NonFiniteCells.first(m));
    }

    @Test
    void finiteDataHaveNoHit() {
        assertNull(NonFiniteCells.first(SpectralMatrix.of(new double[][] {{1, -2}, {3e30, 0}})));
    }

    @Test
    void messageNamesRowKeyColumnAndValue() {
        assertEquals("Row 'Row7' has a missing or NaN value in spectral column '500 nm'; this node needs finite "
                + "values. Remove or impute such rows first (for example with Row Filter or Missing Value).",
                NonFiniteCells.message("Row7", "500 nm", Double.NaN));
        assertEquals(true, NonFiniteCells.message("a", "b", Double.NEGATIVE_INFINITY).contains("the value -Infinity"));
    }
}
