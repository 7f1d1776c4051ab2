package io.spikemix.engine.render;

import static io.spikemix.engine.render.RenderAssertions.rgbAt;
import static io.spikemix.engine.render.RenderAssertions.throughPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ComparisonPanelTest {

    private static final int H = 40;
    private static final int W = 60;

    /** A phantom with 4 regions: background band, disc, square, and a diagonal stripe; a masked corner. */
    private static int[] phantom() {
        int[] labels = new int[H * W];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int label = 0;
                if ((x - 15) * (x - 15) + (y - 20) * (y - 20) < 100) {
                    label = 1;
                } else if (x >= 35 && x < 52 && y >= 8 && y < 25) {
                    label = 2;
                } else if (Math.abs(x - y - 10) < 3) {
                    label = 3;
                }
                if (x < 5 && y < 5) {
                    label = -1;
                }
                labels[y * W + x] = label;
            }
        }
        return labels;
    }

    @Test
    void correspondingSegmentsShareColoursAcrossMethods() {
        int[] smm = phantom();
        int[] renaming = {2, 0, 3, 1};
        int[] gmm = new int[smm.length];
        int[] kmeans = new int[smm.length];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < smm.length; i++) {
            gmm[i] = smm[i] < 0 ? -1 : renaming[smm[i]];
            // k-means: another numbering, 3 % of pixels wrong, and the stripe split off as an extra cluster 9.
            kmeans[i] = smm[i] < 0 ? -1 : random.nextInt(100) < 3 ? random.nextInt(4) : new int[] {1, 3, 0, 9}[smm[i]];
        }
        List<ComparisonPanel.Entry> entries = List.of(new ComparisonPanel.Entry("SMM", LabelMap.of(H, W, smm)),
                new ComparisonPanel.Entry("GMM", LabelMap.of(H, W, gmm)),
                new ComparisonPanel.Entry("k-means", LabelMap.of(H, W, kmeans)));
        ComparisonPanel.Panel panel = ComparisonPanel.withScale(4).render(entries);
        BufferedImage image = throughPng(panel.image());
        RenderAssertions.keepSample(panel.image(), "comparison-panel.png");
        assertEquals(3, panel.xOffset().length);
        assertTrue(panel.xOffset()[1] >= W * 4 && panel.xOffset()[2] >= 2 * W * 4);
        // Disc centre (15, 20), square (43, 15), background (55, 35), stripe (30, 20), masked corner (1, 1).
        int[][] probes = {{15, 20}, {43, 15}, {55, 35}, {30, 20}, {1, 1}};
        for (int[] p : probes) {
            int smmColour = CategoricalPalette.DEFAULT.rgb(smm[p[1] * W + p[0]]);
            for (int m = 0; m < 3; m++) {
                LabelMapRenderer.Layout layout = panel.layouts().get(m);
                int x = panel.xOffset()[m] + layout.imageX(p[0]) + 1;
                int y = layout.imageY(p[1]) + 1;
                assertEquals(smmColour, rgbAt(image, x, y), "method " + m + " at " + p[0] + "," + p[1]);
            }
        }
    }

    @Test
    void rejectsAnEmptyPanel() {
        assertThrows(IllegalArgumentException.class, () -> ComparisonPanel.withScale(1).render(List.of()));
    }
}
