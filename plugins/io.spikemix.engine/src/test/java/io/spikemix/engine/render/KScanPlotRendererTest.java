package io.spikemix.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.select.ScanMethod;
import io.spikemix.engine.select.ScanResult;

/** The K-scan plot has one panel per method and marks the recommended K in red only when there is one. */
class KScanPlotRendererTest {

    private static final double NAN = Double.NaN;

    private static ScanResult smm(double[] bic) {
        int n = bic.length;
        double[] nan = new double[n];
        java.util.Arrays.fill(nan, NAN);
        double[] ll = new double[n];
        for (int i = 0; i < n; i++) {
            ll[i] = -bic[i] / 2;
        }
        return new ScanResult(ScanMethod.SMM, 100, new int[] { 2, 3, 4, 5 }, ll, new long[n], bic, bic, new double[n],
                nan, nan, new int[n], new double[n]);
    }

    private static int redPixels(BufferedImage img, int fromRow, int toRow) {
        int count = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                count += (img.getRGB(x, y) & 0xFFFFFF) == 0xC00000 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void onePanelPerMethodWithTheRecommendationMarked() {
        BufferedImage img = new KScanPlotRenderer(400, 200).render(List.of(smm(new double[] { 50, 10, 20, 30 }),
                smm(new double[] { 40, 30, 20, 10 })));
        assertEquals(400, img.getWidth());
        assertEquals(400, img.getHeight());
        assertTrue(redPixels(img, 0, 200) > 50, "marker line in the first panel");
        assertTrue(redPixels(img, 200, 400) > 50, "marker line in the second panel");
    }

    @Test
    void noMarkerWithoutARecommendation() {
        BufferedImage img = new KScanPlotRenderer(400, 200).render(List.of(smm(new double[] { NAN, NAN, NAN, NAN })));
        assertEquals(0, redPixels(img, 0, 200));
    }

    @Test
    void refusesNoResultsAndTinySizes() {
        assertThrows(IllegalArgumentException.class, () -> new KScanPlotRenderer(400, 200).render(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new KScanPlotRenderer(100, 200));
    }
}
