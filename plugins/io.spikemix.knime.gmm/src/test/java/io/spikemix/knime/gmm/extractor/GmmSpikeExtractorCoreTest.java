package io.spikemix.knime.gmm.extractor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.SpikedSamples;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The GMM Spike Extractor's logic, without KNIME: configure announces what execute produces; labels and
 * spectral-gap spikes are the engine's; a pixel sample (its budget) still labels every pixel, with a warning; bad
 * input is refused.
 */
class GmmSpikeExtractorCoreTest {

    private static final SpectralColumns COLS = new SpectralColumns(List.of("a", "b", "c"), new int[] {0, 1, 2},
            BandAxis.indices(3), -1, -1);
    private static final GaussianMixtureOptions OPTIONS = GaussianMixtureOptions.builder().k(2).zeroMean(true)
            .seed(1).threads(1).build();

    private static SpectralMatrix lines(long seed, int n) {
        return SpikedSamples.draw(new double[][] {{3, 0, 0}, {0, 2, 2}}, n, 0.05, seed);
    }

    @Test
    void configureAnnouncesWhatExecuteProducesAndTheResultsAreTheEngines() throws Exception {
        SpectralMatrix data = lines(1, 300);
        GmmSpikeExtractorCore.Shapes shapes = GmmSpikeExtractorCore.configure(COLS, 2, true);
        GmmSpikeExtractorCore.Result r = GmmSpikeExtractorCore.execute(PixelData.of(COLS, data), OPTIONS, true, 0,
                10, ProgressMonitor.NONE);
        assertEquals(shapes.spikes(), r.spikes().columns());
        assertEquals(shapes.appended(), r.pixels().columns());
        assertEquals(shapes.model(), r.model().spec());
        assertEquals(List.of("spike", "pi", "norm2", "active", "sigma2_gmm", "spectral_gap_ok", "a", "b", "c"),
                shapes.spikes().stream().map(c -> c.name()).toList());
        GaussianMixtureModel engine = new GaussianMixtureFitter(OPTIONS).fit(data, ProgressMonitor.NONE);
        int[] labels = engine.labels();
        for (int i = 0; i < data.rows(); i++) {
            assertEquals(labels[i] + 1, r.pixels().row(i)[0], "row " + i);
        }
        double[][] spikes = engine.spectralGapSpikes().spikes();
        for (int k = 0; k < 2; k++) {
            for (int f = 0; f < 3; f++) {
                assertEquals(spikes[k][f], r.spikes().value(k, 6 + f), "spike " + k + " band " + f);
            }
        }
        assertEquals(engine.spectralGapSpikes().sigma2(), r.spikes().value(0, 4));
        assertEquals(300, r.fittedPixels());
    }

    /**
     * Over the settings that shape the outputs (K, responsibilities, a sample), what configure announces is what
     * execute produces, every pixel gets a label in 1..K, and with responsibilities their largest is the confidence.
     */
    @ParameterizedTest(name = "K = {0}, responsibilities {1}, sample {2}")
    @CsvSource({ "1, false, 0", "1, true, 60", "2, true, 0", "2, false, 60", "3, true, 0", "3, true, 90",
        "4, false, 0", "4, true, 120" })
    void configureMatchesExecuteAcrossTheSettingsThatShapeTheOutputs(int k, boolean withResp, int sample)
            throws Exception {
        SpectralMatrix data = lines(10 + k, 240);
        GaussianMixtureOptions options = GaussianMixtureOptions.builder().k(k).zeroMean(true).seed(k).threads(1)
                .build();
        GmmSpikeExtractorCore.Shapes shapes = GmmSpikeExtractorCore.configure(COLS, k, withResp);
        GmmSpikeExtractorCore.Result r = GmmSpikeExtractorCore.execute(PixelData.of(COLS, data), options, withResp,
                sample, 10, ProgressMonitor.NONE);
        assertEquals(shapes.spikes(), r.spikes().columns());
        assertEquals(shapes.appended(), r.pixels().columns());
        assertEquals(shapes.model(), r.model().spec());
        assertEquals(sample == 0 ? 240 : sample, r.fittedPixels());
        for (int i = 0; i < data.rows(); i++) {
            Object[] row = r.pixels().row(i);
            int label = (Integer) row[0];
            assertTrue(label >= 1 && label <= k, "row " + i + ": " + label);
            if (withResp) {
                double best = 0;
                for (int c = 1; c <= k; c++) {
                    best = Math.max(best, (Double) row[c]);
                }
                assertEquals(best, (Double) row[k + 1], 0.0, "row " + i);
            }
        }
    }

    @Test
    void aSampleFitStillLabelsEveryPixelAndSaysSo() throws Exception {
        SpectralMatrix data = lines(2, 400);
        GmmSpikeExtractorCore.Result r = GmmSpikeExtractorCore.execute(PixelData.of(COLS, data), OPTIONS, false, 100,
                10, ProgressMonitor.NONE);
        assertEquals(100, r.fittedPixels());
        assertEquals(400, r.pixels().rows());
        assertNotNull(r.warning());
        assertTrue(r.warning().contains("sample of 100 of the 400"), r.warning());
        int[] expected = r.model().model().predict(data);
        for (int i = 0; i < 400; i++) {
            assertEquals(expected[i] + 1, r.pixels().row(i)[0], "row " + i);
        }
    }

    @Test
    void theThreadCountChangesNoBitOfTheSpikesOrLabels() throws Exception {
        PixelData p = PixelData.of(COLS, lines(9, 300));
        GmmSpikeExtractorCore.Result one = GmmSpikeExtractorCore.execute(p, GaussianMixtureOptions.builder().k(2)
                .zeroMean(true).seed(1).threads(1).build(), true, 0, 10, ProgressMonitor.NONE);
        GmmSpikeExtractorCore.Result three = GmmSpikeExtractorCore.execute(p, GaussianMixtureOptions.builder().k(2)
                .zeroMean(true).seed(1).threads(3).build(), true, 0, 10, ProgressMonitor.NONE);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(one.spikes().row(k), three.spikes().row(k), "spike " + k);
        }
        for (int i = 0; i < 300; i++) {
            assertArrayEquals(one.pixels().row(i), three.pixels().row(i), "row " + i);
        }
    }

    @Test
    void badInputIsRefused() {
        SpectralColumns one = new SpectralColumns(List.of("a"), new int[] {0}, BandAxis.indices(1), -1, -1);
        String cols = assertThrows(CoreInputException.class, () -> GmmSpikeExtractorCore.configure(one, 2, false))
                .getMessage();
        assertTrue(cols.contains(GmmSpikeExtractorSettings.COLUMNS.label()), cols);
        SpectralMatrix data = lines(3, 20);
        data.set(7, 1, Float.POSITIVE_INFINITY);
        String inf = assertThrows(CoreInputException.class, () -> GmmSpikeExtractorCore.execute(
                PixelData.of(COLS, data), OPTIONS, false, 0, 10, ProgressMonitor.NONE)).getMessage();
        assertTrue(inf.contains("'Row7'") && inf.contains("'b'"), inf);
    }
}
