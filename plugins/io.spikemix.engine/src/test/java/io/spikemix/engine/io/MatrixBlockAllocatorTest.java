package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikemix.engine.data.SpectralMatrix;

import org.junit.jupiter.api.Test;

class MatrixBlockAllocatorTest {

    @Test
    void blocksHaveTheAllocateLayoutAndKeepWhatTheReaderWrote() {
        // 23 rows of 3 values, 4 rows per block: 6 blocks, the last one with 3 rows
        MatrixBlockAllocator a = new MatrixBlockAllocator(23, 3, 4);
        for (int r = 0; r < 23; r++) {
            float[] b = a.blockOfRow(r);
            assertEquals(r < 20 ? 12 : 9, b.length, "block of row " + r);
            assertSame(b, a.blockOfRow(r - r % 4));
            for (int j = 0; j < 3; j++) {
                b[a.offsetOf(r) + j] = 10 * r + j;
            }
        }
        SpectralMatrix m = a.finish();
        SpectralMatrix expected = SpectralMatrix.allocate(23, 3, 12);
        for (int r = 0; r < 23; r++) {
            for (int j = 0; j < 3; j++) {
                expected.set(r, j, 10 * r + j);
            }
        }
        assertEquals(expected, m);
        assertEquals(expected.rowsPerBlock(), m.rowsPerBlock());
        assertEquals(expected.blockCount(), m.blockCount());
        assertFalse(allocatorThreadAlive(), "finish() must stop the background thread");
    }

    @Test
    void blocksNeverAskedForAreZeroAndRowsMayComeOutOfOrder() {
        MatrixBlockAllocator a = new MatrixBlockAllocator(10, 2, 3);
        a.blockOfRow(7)[a.offsetOf(7) + 1] = 5;
        a.blockOfRow(0)[a.offsetOf(0)] = 1;
        SpectralMatrix m = a.finish();
        for (int r = 0; r < 10; r++) {
            for (int j = 0; j < 2; j++) {
                float want = r == 7 && j == 1 ? 5 : r == 0 && j == 0 ? 1 : 0;
                assertEquals(want, m.get(r, j), "row " + r + " col " + j);
            }
        }
    }

    @Test
    void closingWithoutFinishingStopsTheThreadAndBadShapesAreRefused() {
        try (MatrixBlockAllocator a = new MatrixBlockAllocator(100, 5, 2)) {
            a.blockOfRow(0);
        }
        assertFalse(allocatorThreadAlive());
        assertThrows(IllegalArgumentException.class, () -> new MatrixBlockAllocator(-1, 5, 2));
        assertThrows(IllegalArgumentException.class, () -> new MatrixBlockAllocator(10, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new MatrixBlockAllocator(10, 1 << 16, 1 << 16));
    }

    private static boolean allocatorThreadAlive() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean alive = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("spikemix-block-allocator") && t.isAlive());
            if (!alive) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
