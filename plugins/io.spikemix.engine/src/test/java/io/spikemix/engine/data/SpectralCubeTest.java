package io.spikemix.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpectralCubeTest {

    @Test
    void maskedCubeMapsRowsToPixelsAndSpreadsLabelsOverTheImage() {
        // 2 x 3 image, pixels 1 and 4 valid.
        SpectralMatrix m = SpectralMatrix.of(new double[][] {{1, 2}, {3, 4}});
        SpectralCube c = SpectralCube.masked(2, 3, m, new int[] {1, 4}, BandAxis.of(new double[] {500, 600}, "nm"), Map.of("k", "v"));
        assertTrue(c.hasMask());
        assertEquals(6, c.pixelCount());
        assertEquals(2, c.validCount());
        assertEquals(1, c.x(0));
        assertEquals(0, c.y(0));
        assertEquals(1, c.x(1));
        assertEquals(1, c.y(1));
        assertArrayEquals(new boolean[] {false, true, false, false, true, false}, c.validMask());
        assertArrayEquals(new int[] {-1, 7, -1, -1, 9, -1}, c.toImage(new int[] {7, 9}, -1));
        assertEquals("v", c.metadata().get("k"));
    }

    @Test
    void aFullPixelIndexIsTheSameAsNoMask() {
        SpectralMatrix m = SpectralMatrix.allocate(4, 1);
        SpectralCube c = SpectralCube.masked(2, 2, m, new int[] {0, 1, 2, 3}, BandAxis.indices(1), Map.of());
        assertFalse(c.hasMask());
    }

    @Test
    void tableHasNoImageShape() {
        SpectralCube t = SpectralCube.table(SpectralMatrix.allocate(5, 3), BandAxis.indices(3));
        assertFalse(t.hasImageShape());
        assertEquals(5, t.validCount());
        assertEquals(5, t.height());
        assertEquals(1, t.width());
    }

    @Test
    void rejectsInconsistentShapesWithTheNumbersInTheMessage() {
        SpectralMatrix m = SpectralMatrix.allocate(3, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralCube.full(2, 2, m, BandAxis.indices(2)));
        assertTrue(e.getMessage().contains("4") && e.getMessage().contains("3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpectralCube.full(3, 1, m, BandAxis.indices(3)));
        assertThrows(IllegalArgumentException.class,
                () -> SpectralCube.masked(2, 2, m, new int[] {0, 2, 1}, BandAxis.indices(2), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> SpectralCube.masked(2, 2, m, new int[] {0, 1, 4}, BandAxis.indices(2), Map.of()));
    }

    @Test
    void bandAxisSelectKeepsWidthsAndNames() {
        BandAxis a = BandAxis.of(new double[] {1, 2, 3}, "nm", new double[] {.1, .2, .3}, new String[] {"a", "b", "c"});
        BandAxis s = a.select(new int[] {2, 0});
        assertArrayEquals(new double[] {3, 1}, s.values());
        assertArrayEquals(new double[] {.3, .1}, s.fwhm().orElseThrow());
        assertArrayEquals(new String[] {"c", "a"}, s.names().orElseThrow());
        assertTrue(BandAxis.indices(3).isIndexOnly());
        assertThrows(IllegalArgumentException.class, () -> BandAxis.of(new double[] {Double.NaN}, "nm"));
    }
}
