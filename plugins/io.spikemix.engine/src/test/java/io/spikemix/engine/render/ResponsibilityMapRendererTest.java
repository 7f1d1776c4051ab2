package io.spikemix.engine.render;

import static io.spikemix.engine.render.RenderAssertions.rgbAt;
import static io.spikemix.engine.render.RenderAssertions.throughPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class ResponsibilityMapRendererTest {

    @Test
    void pixelsTakeTheViridisColourOfTheirValueAndNaNIsMasked() {
        double[] values = {0, 0.25, Double.NaN, 1, 0.5, 0.75};
        ScalarMap map = ScalarMap.of(2, 3, values);
        ResponsibilityMapRenderer renderer = ResponsibilityMapRenderer.builder().scale(4).title("Spike 1").build();
        BufferedImage image = throughPng(renderer.render(map));
        ResponsibilityMapRenderer.Layout layout = renderer.layout(map);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                double v = values[y * 3 + x];
                int expected = Double.isNaN(v) ? CategoricalPalette.MASKED_RGB : Viridis.rgb(v);
                for (int d = 0; d < 4; d++) {
                    assertEquals(expected, rgbAt(image, layout.map().x + 4 * x + d, layout.map().y + 4 * y + d));
                }
            }
        }
    }

    @Test
    void colourBarRunsFromTheMaximumAtTheTopToTheMinimumAtTheBottom() {
        ScalarMap map = ScalarMap.of(40, 30, new double[1200]);
        ResponsibilityMapRenderer renderer = ResponsibilityMapRenderer.builder().scale(2).build();
        BufferedImage image = throughPng(renderer.render(map));
        Rectangle bar = renderer.layout(map).bar();
        assertTrue(bar.x > renderer.layout(map).map().x + 60);
        int midX = bar.x + bar.width / 2;
        assertEquals(Viridis.rgb(1), rgbAt(image, midX, bar.y));
        assertEquals(Viridis.rgb(0), rgbAt(image, midX, bar.y + bar.height - 1));
        assertEquals(Viridis.rgb(0.5), rgbAt(image, midX, bar.y + (bar.height - 1) / 2), 0x0F0F0F);
    }

    @Test
    void smoothResponsibilitiesGiveASmoothMapSample() {
        int h = 60;
        int w = 90;
        double[] values = new double[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r2 = ((x - 30.0) * (x - 30.0) + (y - 30.0) * (y - 30.0)) / 300.0;
                values[y * w + x] = x > 80 && y > 50 ? Double.NaN : Math.exp(-r2);
            }
        }
        ResponsibilityMapRenderer renderer = ResponsibilityMapRenderer.builder().scale(3).title("Spike 2").build();
        BufferedImage image = throughPng(renderer.render(ScalarMap.of(h, w, values)));
        ResponsibilityMapRenderer.Layout layout = renderer.layout(ScalarMap.of(h, w, values));
        assertEquals(Viridis.rgb(1), rgbAt(image, layout.map().x + 90, layout.map().y + 90));
        assertEquals(CategoricalPalette.MASKED_RGB, rgbAt(image, layout.map().x + 3 * 85, layout.map().y + 3 * 55));
        RenderAssertions.keepSample(image, "responsibility.png");
    }

    @Test
    void customRangeMapsItsEndsToTheColormapEnds() {
        ResponsibilityMapRenderer renderer = ResponsibilityMapRenderer.builder().range(-2, 2).build();
        assertEquals(Viridis.rgb(0), renderer.rgb(-2));
        assertEquals(Viridis.rgb(1), renderer.rgb(2));
        assertEquals(Viridis.rgb(0.5), renderer.rgb(0));
        assertThrows(IllegalArgumentException.class, () -> ResponsibilityMapRenderer.builder().range(1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ScalarMap.of(1, 1, new double[] {Double.POSITIVE_INFINITY}));
    }
}
