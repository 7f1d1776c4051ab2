package io.spikemix.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;

/** The neighbour lists of neighbourhood EM (method.md §8): which rows are next to which, and the colourings. */
class SpatialGridTest {

    /** Row i of a full 3 × 4 image (height 3, width 4) is pixel (i mod 4, i / 4). */
    private static SpatialGrid full(Neighbourhood nb) {
        return SpatialGrid.of(SpectralCube.full(3, 4, SpectralMatrix.allocate(12, 2), BandAxis.indices(2)), nb);
    }

    @Test
    void fourNeighboursShareAnEdge() {
        SpatialGrid g = full(Neighbourhood.FOUR);
        assertArrayEquals(new int[] {1, 4}, g.neighboursOf(0), "corner (0, 0)");
        assertArrayEquals(new int[] {1, 4, 6, 9}, g.neighboursOf(5), "inner pixel (1, 1)");
        assertArrayEquals(new int[] {7, 10}, g.neighboursOf(11), "corner (3, 2)");
    }

    @Test
    void eightNeighboursAlsoShareACorner() {
        SpatialGrid g = full(Neighbourhood.EIGHT);
        assertArrayEquals(new int[] {1, 4, 5}, g.neighboursOf(0));
        assertArrayEquals(new int[] {0, 1, 2, 4, 6, 8, 9, 10}, g.neighboursOf(5));
    }

    @Test
    void maskedPixelsNeitherHaveNorAreNeighbours() {
        // 3 × 3 image without its centre: rows 0..7 are pixels 0, 1, 2, 3, 5, 6, 7, 8
        int[] pixels = {0, 1, 2, 3, 5, 6, 7, 8};
        SpectralCube cube = SpectralCube.masked(3, 3, SpectralMatrix.allocate(8, 2), pixels, BandAxis.indices(2),
                Map.of());
        SpatialGrid g = SpatialGrid.of(cube, Neighbourhood.FOUR);
        assertEquals(8, g.rows());
        assertArrayEquals(new int[] {0, 2}, g.neighboursOf(1), "(1, 0) loses its neighbour below, the centre");
        assertArrayEquals(new int[] {0, 5}, g.neighboursOf(3), "(0, 1)");
    }

    @Test
    void neighbourListsAreSymmetricAndColoursHaveNoNeighbourInside() {
        for (Neighbourhood nb : Neighbourhood.values()) {
            SpatialGrid g = full(nb);
            int[] colourOf = new int[g.rows()];
            int total = 0;
            for (int c = 0; c < g.colours(); c++) {
                for (int r : g.colourRows(c)) {
                    colourOf[r] = c;
                    total++;
                }
            }
            assertEquals(g.rows(), total, "every row has exactly one colour");
            for (int i = 0; i < g.rows(); i++) {
                for (int j : g.neighboursOf(i)) {
                    int row = i;
                    assertTrue(java.util.Arrays.stream(g.neighboursOf(j)).anyMatch(v -> v == row), nb + ": " + i + "~" + j);
                    assertFalse(colourOf[i] == colourOf[j], nb + ": neighbours " + i + " and " + j + " share a colour");
                }
            }
        }
    }

    @Test
    void aTableOfSpectraHasNoGrid() {
        SpectralCube table = SpectralCube.table(SpectralMatrix.allocate(5, 2), BandAxis.indices(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpatialGrid.of(table, Neighbourhood.FOUR));
        assertTrue(e.getMessage().contains("image grid"), e.getMessage());
    }

    @Test
    void repeatedOrNegativeCoordinatesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SpatialGrid.fromCoordinates(new int[] {0, 0}, new int[] {1, 1}, Neighbourhood.FOUR));
        assertThrows(IllegalArgumentException.class,
                () -> SpatialGrid.fromCoordinates(new int[] {-1}, new int[] {0}, Neighbourhood.FOUR));
    }

    @Test
    void aFitterRefusesAGridThatDoesNotFit() {
        SpatialOptions spatial = new SpatialOptions(1, Neighbourhood.EIGHT);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpatialGrid.require(null, 12, spatial))
                .getMessage().contains("needs the pixels' image grid"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SpatialGrid.require(full(Neighbourhood.EIGHT), 11, spatial)).getMessage().contains("12 pixels"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SpatialGrid.require(full(Neighbourhood.FOUR), 12, spatial)).getMessage().contains("4 neighbours"));
    }

    @Test
    void betaMustBeFiniteAndNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> new SpatialOptions(-0.1, Neighbourhood.FOUR));
        assertThrows(IllegalArgumentException.class, () -> new SpatialOptions(Double.NaN, Neighbourhood.FOUR));
        assertThrows(IllegalArgumentException.class,
                () -> new SpatialOptions(Double.POSITIVE_INFINITY, Neighbourhood.FOUR));
        assertFalse(SpatialOptions.NONE.active());
    }
}
