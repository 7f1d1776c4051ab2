package io.spikemix.knime.base.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;

class PixelLayoutTest {

    @Test
    void shuffledRowsWithHolesBecomeARowMajorCube() {
        int w = 5;
        int h = 4;
        List<int[]> pixels = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((x + 2 * y) % 3 != 0) {
                    pixels.add(new int[] {x, y});
                }
            }
        }
        Collections.shuffle(pixels, new Random(3));
        int n = pixels.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        float[][] rows = new float[n][];
        for (int r = 0; r < n; r++) {
            xs[r] = pixels.get(r)[0];
            ys[r] = pixels.get(r)[1];
            rows[r] = new float[] {xs[r], ys[r], 100 * ys[r] + xs[r]};
        }
        PixelLayout layout = PixelLayout.of(xs, ys);
        assertEquals(w, layout.width());
        assertEquals(h, layout.height());
        SpectralCube cube = layout.cube(SpectralMatrix.of(rows), BandAxis.indices(3));
        assertEquals(n, cube.validCount());
        int previous = -1;
        for (int c = 0; c < n; c++) {
            // each cube row carries its own coordinates in its spectrum, so the permutation is checked directly
            assertEquals(cube.x(c), (int) cube.spectra().get(c, 0));
            assertEquals(cube.y(c), (int) cube.spectra().get(c, 1));
            assertEquals(xs[layout.tableRow(c)], cube.x(c));
            int pixel = cube.y(c) * w + cube.x(c);
            assertEquals(true, pixel > previous);
            previous = pixel;
        }
    }

    @Test
    void toTableOrderInvertsTheCubeOrder() {
        int[] xs = {2, 0, 1};
        int[] ys = {0, 0, 0};
        PixelLayout layout = PixelLayout.of(xs, ys);
        // cube order is x = 0, 1, 2; label each cube row with its x and expect table rows to get their own x
        assertArrayEquals(xs, layout.toTableOrder(new int[] {0, 1, 2}));
    }

    @Test
    void rowsAlreadyInPixelOrderAreNotCopied() {
        SpectralMatrix m = SpectralMatrix.of(new float[][] {{1}, {2}, {3}});
        SpectralCube cube = PixelLayout.of(new int[] {0, 1, 0}, new int[] {0, 0, 1}).cube(m, BandAxis.indices(1));
        assertSame(m, cube.spectra());
    }

    @Test
    void duplicatePixelIsReportedWithBothRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PixelLayout.of(new int[] {0, 1, 2, 1}, new int[] {0, 3, 0, 3}));
        assertEquals("Pixel (x=1, y=3) appears twice: rows 1 and 3. Each pixel must have one row.", e.getMessage());
    }

    @Test
    void negativeCoordinatesAndEmptyTablesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PixelLayout.of(new int[] {0, -1}, new int[] {0, 0}));
        assertEquals("Pixel coordinates must be >= 0. Got (x=-1, y=0) in row 1 instead.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PixelLayout.of(new int[0], new int[0]));
    }
}
