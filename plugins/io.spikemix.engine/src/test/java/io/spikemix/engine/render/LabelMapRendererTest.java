package io.spikemix.engine.render;

import static io.spikemix.engine.render.RenderAssertions.rgbAt;
import static io.spikemix.engine.render.RenderAssertions.throughPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;

class LabelMapRendererTest {

    private static final CategoricalPalette P = CategoricalPalette.DEFAULT;

    // 3 rows × 4 columns; −1 is masked.
    private static final int[] LABELS = {
        0, 0, 1, 1,
        2, -1, 1, 7,
        2, 2, 0, 7};

    @Test
    void testsRunHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless());
    }

    @Test
    void everyUpscaledBlockHasItsClusterColourAndMaskedPixelsTheMaskedColour() {
        LabelMap map = LabelMap.of(3, 4, LABELS);
        LabelMapRenderer renderer = LabelMapRenderer.builder().scale(5).legend(false).build();
        BufferedImage image = throughPng(renderer.render(map));
        LabelMapRenderer.Layout layout = renderer.layout(map);
        assertEquals(new Rectangle(Canvas.MARGIN, Canvas.MARGIN, 20, 15), layout.map());
        assertEquals(20 + 2 * Canvas.MARGIN, image.getWidth());
        assertEquals(15 + 2 * Canvas.MARGIN, image.getHeight());
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                int expected = LABELS[y * 4 + x] < 0 ? CategoricalPalette.MASKED_RGB : P.rgb(LABELS[y * 4 + x]);
                for (int dy = 0; dy < 5; dy++) {
                    for (int dx = 0; dx < 5; dx++) {
                        assertEquals(expected, rgbAt(image, layout.imageX(x) + dx, layout.imageY(y) + dy),
                                "map pixel (" + x + ", " + y + ")");
                    }
                }
            }
        }
        // Just outside the map is background.
        assertEquals(0xFFFFFF, rgbAt(image, layout.map().x - 1, layout.map().y));
        assertEquals(0xFFFFFF, rgbAt(image, layout.map().x + 20, layout.map().y + 14));
    }

    @Test
    void legendHasOneSwatchPerClusterInItsColour() {
        LabelMap map = LabelMap.of(3, 4, LABELS);
        LabelMapRenderer renderer = LabelMapRenderer.builder().scale(2).build();
        BufferedImage image = throughPng(renderer.render(map));
        Map<Integer, Rectangle> swatches = renderer.layout(map).swatches();
        assertEquals(java.util.List.of(0, 1, 2, 7), java.util.List.copyOf(swatches.keySet()));
        for (Map.Entry<Integer, Rectangle> e : swatches.entrySet()) {
            Rectangle r = e.getValue();
            for (int y = r.y; y < r.y + r.height; y++) {
                for (int x = r.x; x < r.x + r.width; x++) {
                    assertEquals(P.rgb(e.getKey()), rgbAt(image, x, y), "swatch of cluster " + e.getKey());
                }
            }
            assertTrue(r.x > renderer.layout(map).map().x + 8, "legend is right of the map");
        }
        // The id text next to each swatch leaves dark pixels.
        Rectangle last = swatches.get(7);
        boolean text = false;
        for (int x = last.x + last.width + 4; x < image.getWidth(); x++) {
            for (int y = last.y; y < last.y + last.height; y++) {
                text |= (rgbAt(image, x, y) & 0xFF) < 100;
            }
        }
        assertTrue(text, "legend label drawn");
    }

    @Test
    void titleMovesTheMapDownAndIsDrawn() {
        LabelMap map = LabelMap.of(3, 4, LABELS);
        LabelMapRenderer plain = LabelMapRenderer.builder().legend(false).build();
        LabelMapRenderer titled = LabelMapRenderer.builder().legend(false).title("SMM").build();
        LabelMapRenderer.Layout layout = titled.layout(map);
        assertTrue(layout.map().y > plain.layout(map).map().y + 8);
        BufferedImage image = throughPng(titled.render(map));
        long dark = 0;
        for (int y = 0; y < layout.map().y; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((rgbAt(image, x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 10, "title text pixels: " + dark);
        assertEquals(P.rgb(0), rgbAt(image, layout.imageX(0), layout.imageY(0)));
    }

    @Test
    void labelMapOfAMaskedCubeMarksMissingPixelsAsMasked() {
        SpectralMatrix spectra = SpectralMatrix.allocate(3, 1);
        SpectralCube cube = SpectralCube.masked(2, 2, spectra, new int[] {0, 1, 3}, BandAxis.indices(1), Map.of());
        LabelMap map = LabelMap.of(cube, new int[] {4, 5, 6});
        assertEquals(4, map.label(0, 0));
        assertEquals(5, map.label(1, 0));
        assertEquals(-1, map.label(0, 1));
        assertEquals(6, map.label(1, 1));
    }

    @Test
    void labelMapFromPixelCoordinatesIsSizedByTheLargestCoordinateAndMissingPixelsAreMasked() {
        LabelMap map = LabelMap.fromCoordinates(new int[] {0, 3, 1}, new int[] {0, 1, 2}, new int[] {5, 6, 7});
        assertEquals(3, map.height());
        assertEquals(4, map.width());
        assertEquals(5, map.label(0, 0));
        assertEquals(6, map.label(3, 1));
        assertEquals(7, map.label(1, 2));
        assertEquals(-1, map.label(2, 2));
        assertEquals(9, java.util.Arrays.stream(map.labels()).filter(v -> v == -1).count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelMap.fromCoordinates(new int[] {1, 1}, new int[] {2, 2}, new int[] {0, 1}));
        assertEquals("Pixel (1, 2) occurs more than once (again at pixel 1). Each coordinate may appear only once.",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LabelMap.fromCoordinates(new int[] {-1}, new int[] {0}, new int[] {0}));
        ScalarMap values = ScalarMap.fromCoordinates(new int[] {1}, new int[] {1}, new double[] {0.5});
        assertEquals(0.5, values.value(1, 1), 0);
        assertTrue(Double.isNaN(values.value(0, 1)));
    }

    @Test
    void rejectsBadShapesAndScales() {
        assertThrows(IllegalArgumentException.class, () -> LabelMap.of(2, 2, new int[3]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabelMapRenderer.builder().scale(0));
        assertEquals("The 'scale' parameter must be in [1, 64]. Got 0 instead.", e.getMessage());
    }
}
