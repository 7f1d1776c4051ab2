package io.spikemix.knime.render.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.render.CategoricalPalette;
import io.spikemix.engine.render.LabelMap;
import io.spikemix.engine.render.LabelMapRenderer;
import io.spikemix.engine.render.PngImages;

class SegmentationImagesTest {

    // a 3 x 2 image given in scrambled row order; pixel (1, 1) has no row, pixel (2, 0) has no cluster
    private static final int[] X = {2, 0, 1, 0, 2};
    private static final int[] Y = {1, 0, 0, 1, 0};
    private static final int[] CLUSTERS = {3, 1, 2, 1, -1};

    @Test
    void labelMapPixelsHaveTheirClusterColourAndHolesTheBackground() throws IOException {
        SegmentationImages images = new SegmentationImages(3, "", false, false);
        List<SegmentationImages.Image> out = images.render(X, Y, CLUSTERS, List.of(), List.of(), null);
        assertEquals(1, out.size());
        assertEquals(SegmentationImages.LABEL_MAP, out.get(0).name());
        BufferedImage img = PngImages.decode(out.get(0).png());
        LabelMapRenderer.Layout layout = images.labelRenderer().layout(LabelMap.of(2, 3, new int[6]));
        assertEquals(layout.width(), img.getWidth());
        assertEquals(layout.height(), img.getHeight());
        CategoricalPalette palette = images.labelRenderer().palette();
        for (int i = 0; i < X.length; i++) {
            int expected = CLUSTERS[i] < 0 ? palette.maskedRgb() : palette.rgb(CLUSTERS[i]);
            for (int d = 0; d < 3; d++) {
                // every pixel of the 3 x 3 block (nearest-neighbour upscaling)
                int px = layout.imageX(X[i]) + d;
                int py = layout.imageY(Y[i]) + 2 - d;
                assertEquals(expected, img.getRGB(px, py) & 0xFFFFFF, "pixel (" + X[i] + ", " + Y[i] + ")");
            }
        }
        int hole = img.getRGB(layout.imageX(1), layout.imageY(1)) & 0xFFFFFF;
        assertEquals(palette.maskedRgb(), hole);
    }

    @Test
    void responsibilityMapsAndSpectraPlotFollowTheLabelMap() throws IOException {
        double[][] resp = {{1, 0, 0.5, 1, Double.NaN}, {0, 1, 0.5, 0, Double.NaN}};
        SegmentationImages.Spikes spikes = new SegmentationImages.Spikes(new double[][] {{1, 2, 3}, {3, 2, 1}},
                new int[] {1, 2}, BandAxis.of(new double[] {500, 510, 520}, "nm"));
        List<SegmentationImages.Image> out = new SegmentationImages(2, "SMM", true, true).render(X, Y, CLUSTERS,
                List.of("p(1)", "p(2)"), List.of(resp[0], resp[1]), spikes);
        assertEquals(List.of(SegmentationImages.LABEL_MAP, "p(1)", "p(2)", SegmentationImages.CONFIDENCE,
                SegmentationImages.SPECTRA), out.stream().map(SegmentationImages.Image::name).toList());
        assertArrayEquals(new double[] {1, 1, 0.5, 1, Double.NaN},
                SegmentationImages.largest(List.of(resp[0], resp[1]), 5), "the confidence map's values");
        for (SegmentationImages.Image i : out) {
            BufferedImage img = PngImages.decode(i.png());
            assertTrue(img.getWidth() > 0 && img.getHeight() > 0, i.name());
        }
        // each spike's line is drawn in the colour of the cluster with its number (lines are not antialiased)
        BufferedImage plot = PngImages.decode(out.get(4).png());
        CategoricalPalette palette = CategoricalPalette.DEFAULT;
        assertTrue(countRgb(plot, palette.rgb(1)) > 50, "no line in the colour of cluster 1");
        assertTrue(countRgb(plot, palette.rgb(2)) > 50, "no line in the colour of cluster 2");
        assertEquals(0, countRgb(plot, palette.rgb(3)), "no spike 3, so no colour of cluster 3");
    }

    private static int countRgb(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void responsibilityMapsCanBeSwitchedOff() {
        List<SegmentationImages.Image> out = new SegmentationImages(1, "", true, false).render(X, Y, CLUSTERS,
                List.of("p(1)"), List.of(new double[] {1, 1, 1, 1, 1}), null);
        assertEquals(1, out.size());
    }

    @Test
    void spikesMustHaveOneValuePerBand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SegmentationImages.Spikes(new double[][] {{1, 2}}, new int[] {1},
                        BandAxis.of(new double[] {500, 510, 520}, "nm")));
        assertTrue(e.getMessage().contains("Got 2 values for 3 bands"), e.getMessage());
    }

    @Test
    void settingsBoundTheScaleLikeTheEngineRenderer() {
        assertEquals(1, (int) SegmentationRendererSettings.SCALE.min());
        assertEquals(64, (int) SegmentationRendererSettings.SCALE.max());
        assertTrue(SegmentationRendererSettings.DECLARATION.inPorts().get(1).isOptional());
        assertTrue(SegmentationRendererSettings.DECLARATION.inPorts().get(2).isOptional());
        assertEquals(org.knime.core.node.port.image.ImagePortObject.class.getName(),
                SegmentationRendererSettings.IMAGE_PORT_CLASS);
    }
}
