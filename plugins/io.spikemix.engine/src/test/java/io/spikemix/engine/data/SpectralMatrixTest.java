package io.spikemix.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpectralMatrixTest {

    @Test
    void rowsNeverStraddleBlocksAndValuesRoundTrip() {
        // 7 values per block with 3 columns: 2 rows per block, so 5 rows need 3 blocks.
        SpectralMatrix m = SpectralMatrix.allocate(5, 3, 7);
        assertEquals(3, m.blockCount());
        assertEquals(2, m.rowsPerBlock());
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 3; j++) {
                m.set(i, j, 10 * i + j);
            }
        }
        for (int i = 0; i < 5; i++) {
            float[] b = m.blockOf(i);
            int o = m.offsetOf(i);
            assertTrue(o + 3 <= b.length, "row " + i + " fits in its block");
            for (int j = 0; j < 3; j++) {
                assertEquals(10 * i + j, b[o + j]);
                assertEquals(10 * i + j, m.get(i, j));
            }
        }
        double[] row = new double[3];
        m.getRow(4, row);
        assertArrayEquals(new double[] {40, 41, 42}, row);
        assertEquals(15L, m.size());
    }

    @Test
    void wrappedBlocksAreUsedWithoutCopyAndMustHaveTheAllocateLayout() {
        float[][] blocks = {{0, 1, 2, 10, 11, 12}, {20, 21, 22, 30, 31, 32}, {40, 41, 42}};
        SpectralMatrix m = SpectralMatrix.wrap(5, 3, 2, blocks);
        SpectralMatrix allocated = SpectralMatrix.allocate(5, 3, 7);
        assertEquals(allocated.blockCount(), m.blockCount());
        assertEquals(allocated.rowsPerBlock(), m.rowsPerBlock());
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(10 * i + j, m.get(i, j));
            }
        }
        blocks[2][0] = -1;
        assertEquals(-1, m.get(4, 0));
        assertEquals(SpectralMatrix.MAX_BLOCK_VALUES / 3, SpectralMatrix.rowsPerBlock(3));
        assertEquals(SpectralMatrix.allocate(10, 3).rowsPerBlock(), SpectralMatrix.rowsPerBlock(3));
        assertThrows(IllegalArgumentException.class, () -> SpectralMatrix.wrap(5, 3, 2, new float[][] {
            {0, 1, 2, 10, 11, 12}, {20, 21, 22, 30, 31, 32}}));
        assertThrows(IllegalArgumentException.class, () -> SpectralMatrix.wrap(5, 3, 2, new float[][] {
            {0, 1, 2, 10, 11, 12}, {20, 21, 22, 30, 31, 32}, {40, 41, 42, 50, 51, 52}}));
        assertThrows(IllegalArgumentException.class, () -> SpectralMatrix.wrap(5, 3, 2, new float[][] {
            {0, 1, 2, 10, 11, 12}, null, {40, 41, 42}}));
    }

    @Test
    void copyIsEqualButIndependent() {
        SpectralMatrix m = SpectralMatrix.of(new double[][] {{1, 2}, {3, 4}});
        SpectralMatrix c = m.copy();
        assertEquals(m, c);
        c.set(0, 0, 9);
        assertEquals(1f, m.get(0, 0));
    }

    @Test
    void rejectsBadShapesWithTheValueInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpectralMatrix.allocate(-1, 3));
        assertTrue(e.getMessage().contains("-1"));
        assertThrows(IllegalArgumentException.class, () -> SpectralMatrix.allocate(3, 0));
        assertThrows(IllegalArgumentException.class, () -> SpectralMatrix.of(new double[][] {{1, 2}, {3}}));
    }
}
