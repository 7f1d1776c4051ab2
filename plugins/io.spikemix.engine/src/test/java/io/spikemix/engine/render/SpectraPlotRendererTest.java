package io.spikemix.engine.render;

import static io.spikemix.engine.render.RenderAssertions.countColour;
import static io.spikemix.engine.render.RenderAssertions.throughPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;

class SpectraPlotRendererTest {

    @Test
    void drawsOneLineInEachClusterColour() {
        int d = 60;
        double[] wavelengths = new double[d];
        for (int f = 0; f < d; f++) {
            wavelengths[f] = 400 + 5 * f;
        }
        BandAxis axis = BandAxis.of(wavelengths, "nm");
        List<SpectraPlotRenderer.Series> spikes = List.of(
                new SpectraPlotRenderer.Series("Spike 0", 0, curve(d, 0.2, 1.0)),
                new SpectraPlotRenderer.Series("Spike 1", 1, curve(d, 0.5, 0.6)),
                new SpectraPlotRenderer.Series("Spike 2", 2, curve(d, 0.8, -0.4)));
        SpectraPlotRenderer renderer = SpectraPlotRenderer.builder().size(640, 360).title("Recovered spikes")
                .yLabel("Spike (normalised)").build();
        BufferedImage image = throughPng(renderer.render(axis, spikes));
        assertEquals(640, image.getWidth());
        for (int k = 0; k < 3; k++) {
            long pixels = countColour(image, CategoricalPalette.DEFAULT.rgb(k));
            assertTrue(pixels > 300, "line of spike " + k + " has " + pixels + " pixels");
        }
        RenderAssertions.keepSample(image, "spectra.png");
    }

    @Test
    void usesAlignedColoursWhenGiven() {
        BandAxis axis = BandAxis.indices(20);
        ClusterColors colors = ClusterColors.withSlots(CategoricalPalette.DEFAULT, Map.of(5, 3));
        BufferedImage image = throughPng(SpectraPlotRenderer.builder().legend(false).build().render(axis,
                List.of(new SpectraPlotRenderer.Series("five", 5, curve(20, 0.5, 1))), colors));
        assertTrue(countColour(image, CategoricalPalette.DEFAULT.rgb(3)) > 300);
        assertEquals(0, countColour(image, CategoricalPalette.DEFAULT.rgb(5)));
    }

    @Test
    void labelsTheBandAxisWithQuantityAndUnit() {
        assertEquals("Wavelength (nm)", SpectraPlotRenderer.axisLabel(BandAxis.of(new double[] {1, 2}, "nm")));
        assertEquals("m/z", SpectraPlotRenderer.axisLabel(BandAxis.of(new double[] {1, 2}, "m/z")));
        assertEquals("Wavenumber (cm-1)", SpectraPlotRenderer.axisLabel(BandAxis.of(new double[] {1, 2}, "cm-1")));
        assertEquals("Band (GHz)", SpectraPlotRenderer.axisLabel(BandAxis.of(new double[] {1, 2}, "GHz")));
        assertEquals("Band index", SpectraPlotRenderer.axisLabel(BandAxis.indices(3)));
    }

    @Test
    void rejectsSpectraThatDoNotFitTheAxis() {
        SpectraPlotRenderer renderer = SpectraPlotRenderer.builder().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(
                BandAxis.indices(4), List.of(new SpectraPlotRenderer.Series("s", 0, new double[3]))));
        assertEquals("Spectrum 's' has 3 values but the band axis has 4 bands.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> renderer.render(BandAxis.indices(2),
                List.of(new SpectraPlotRenderer.Series("s", 0, new double[] {1, Double.NaN}))));
    }

    private static double[] curve(int d, double centre, double height) {
        double[] v = new double[d];
        for (int f = 0; f < d; f++) {
            double t = f / (double) (d - 1) - centre;
            v[f] = height * Math.exp(-t * t / 0.02);
        }
        return v;
    }
}
