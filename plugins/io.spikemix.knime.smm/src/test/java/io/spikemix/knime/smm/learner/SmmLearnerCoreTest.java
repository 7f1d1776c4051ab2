package io.spikemix.knime.smm.learner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.spatial.Neighbourhood;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;
import io.spikemix.engine.synth.SpikedSamples;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

/**
 * The SMM Learner's logic, without KNIME: configure announces the spikes, cluster and trace columns and the model
 * spec execute produces; the spikes, labels and trace are the engine's; raw-unit spikes are the fitted ones undone
 * with the connected normalization; bad input (one column, K > rows, a missing cell, raw units without a
 * normalization) is refused naming the setting, row or column.
 */
class SmmLearnerCoreTest {

    private static final List<String> BANDS = List.of("500 nm", "510 nm", "520 nm", "530 nm");
    private static final SpectralColumns COLS = new SpectralColumns(BANDS, new int[] {2, 3, 4, 5},
            BandAxis.of(new double[] {500, 510, 520, 530}, "nm"), 0, 1);
    private static final SpikedMixtureOptions OPTIONS = SpikedMixtureOptions.builder().k(2)
            .schedule(SieveSchedule.HSI).seed(3).threads(1).build();

    /** Pixels α·x_k + noise for two orthogonal spikes, shifted positive so that l1 normalization applies. */
    private static SpectralMatrix pixels(long seed, int n) {
        return SpikedSamples.draw(new double[][] {{3, 3, 0, 0}, {0, 0, 2, -2}}, n, 0.3, seed);
    }

    @ParameterizedTest(name = "responsibilities appended: {0}")
    @ValueSource(booleans = { false, true })
    void configureAnnouncesWhatExecuteProducesAndTheResultsAreTheEngines(boolean withResp) throws Exception {
        SpectralMatrix data = pixels(1, 300);
        SmmLearnerCore.Shapes shapes = SmmLearnerCore.configure(COLS, 2, withResp, SmmLearnerSettings.FITTED, null);
        SmmLearnerCore.Result r = SmmLearnerCore.execute(PixelData.of(COLS, data), OPTIONS, withResp,
                SmmLearnerSettings.FITTED, null, 2, ProgressMonitor.NONE);
        assertEquals(shapes.spikes(), r.spikes().columns());
        assertEquals(shapes.appended(), r.pixels().columns());
        assertEquals(shapes.trace(), r.trace().columns());
        assertEquals(shapes.model(), r.model().portSpec());

        SpikedMixtureModel engine = new SpikedMixtureFitter(OPTIONS).fit(data, ProgressMonitor.NONE);
        int[] labels = engine.labels();
        for (int i = 0; i < data.rows(); i++) {
            assertEquals(labels[i] + 1, r.pixels().row(i)[0], "row " + i);
        }
        double[] trace = engine.logLikelihoodTrace();
        assertEquals(trace.length, r.trace().size());
        assertEquals(trace[trace.length - 1], r.trace().value(trace.length - 1, 1));
        double[][] spikes = engine.spikes();
        for (int k = 0; k < 2; k++) {
            for (int f = 0; f < 4; f++) {
                assertEquals(spikes[k][f], r.spikes().value(k, 4 + f), "spike " + k + " band " + f);
            }
        }
    }

    /**
     * Over the settings that shape the outputs (K, responsibilities, spike units with a connected normalization),
     * what configure announces is what execute produces, and every appended row holds a label in 1..K with, when
     * asked, K responsibilities summing to 1 and their largest as confidence.
     */
    @ParameterizedTest(name = "K = {0}, responsibilities {1}, units {2}")
    @CsvSource({ "1, false, fitted", "1, true, raw", "2, false, raw", "2, true, fitted", "3, false, fitted",
        "3, true, raw", "4, true, fitted", "4, false, raw" })
    void configureMatchesExecuteAcrossTheSettingsThatShapeTheOutputs(int k, boolean withResp, String units)
            throws Exception {
        SpectralMatrix raw = pixels(7 + k, 240);
        NormalizationModel norm = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        NormalizationModelContent content = new NormalizationModelContent(
                new NormalizationSpecContent(NormalizationMethod.MINMAX, BANDS, COLS.axis()), norm);
        SpectralMatrix data = norm.apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
        SpikedMixtureOptions options = SpikedMixtureOptions.builder().k(k).schedule(SieveSchedule.of(2, 3, 1, 20,
                1e-6)).seed(k).threads(1).build();
        SmmLearnerCore.Shapes shapes = SmmLearnerCore.configure(COLS, k, withResp, units, content.spec());
        SmmLearnerCore.Result r = SmmLearnerCore.execute(PixelData.of(COLS, data), options, withResp, units,
                content, 2, ProgressMonitor.NONE);
        assertEquals(shapes.spikes(), r.spikes().columns());
        assertEquals(shapes.appended(), r.pixels().columns());
        assertEquals(shapes.trace(), r.trace().columns());
        assertEquals(shapes.model(), r.model().portSpec());
        assertEquals(k, r.spikes().size());
        for (int i = 0; i < data.rows(); i++) {
            Object[] row = r.pixels().row(i);
            int label = (Integer) row[0];
            assertTrue(label >= 1 && label <= k, "row " + i + ": " + label);
            if (withResp) {
                double sum = 0;
                double best = 0;
                for (int c = 1; c <= k; c++) {
                    sum += (Double) row[c];
                    best = Math.max(best, (Double) row[c]);
                }
                assertEquals(1.0, sum, 1e-12, "row " + i);
                assertEquals(best, (Double) row[k + 1], 0.0, "row " + i);
            }
        }
    }

    @Test
    void theThreadCountChangesNoBitOfTheSpikesLabelsOrResponsibilities() throws Exception {
        PixelData p = PixelData.of(COLS, pixels(8, 300));
        SmmLearnerCore.Result one = SmmLearnerCore.execute(p, SpikedMixtureOptions.builder().k(2)
                .schedule(SieveSchedule.HSI).seed(3).threads(1).build(), true, SmmLearnerSettings.FITTED, null, 1,
                ProgressMonitor.NONE);
        SmmLearnerCore.Result two = SmmLearnerCore.execute(p, SpikedMixtureOptions.builder().k(2)
                .schedule(SieveSchedule.HSI).seed(3).threads(2).build(), true, SmmLearnerSettings.FITTED, null, 2,
                ProgressMonitor.NONE);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(one.spikes().row(k), two.spikes().row(k), "spike " + k);
        }
        for (int i = 0; i < 300; i++) {
            assertArrayEquals(one.pixels().row(i), two.pixels().row(i), "row " + i);
        }
    }

    @Test
    void rawUnitSpikesAreTheFittedOnesUndoneWithTheConnectedNormalization() throws Exception {
        SpectralMatrix raw = pixels(2, 300);
        NormalizationModel norm = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        SpectralMatrix data = norm.apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
        NormalizationModelContent content = new NormalizationModelContent(
                new NormalizationSpecContent(NormalizationMethod.MINMAX, BANDS, COLS.axis()), norm);
        SmmLearnerCore.Result r = SmmLearnerCore.execute(PixelData.of(COLS, data), OPTIONS, false,
                SmmLearnerSettings.RAW, content, 1, ProgressMonitor.NONE);
        double[][] fitted = r.fitted().spikes();
        for (int k = 0; k < 2; k++) {
            double[] expected = norm.undo(fitted[k]);
            double[] shown = new double[4];
            for (int f = 0; f < 4; f++) {
                shown[f] = (Double) r.spikes().value(k, 4 + f);
            }
            assertArrayEquals(expected, shown, 0.0, "spike " + k);
        }
        assertTrue(r.model().normalization().isPresent());
    }

    /**
     * With a spatial strength above 0 the core fits neighbourhood EM on the grid it is given (docs/method.md §8):
     * labels and responsibilities are the spatial fit's own, exactly the engine's, and the announced columns hold.
     */
    @Test
    void aSpatialStrengthFitsNeighbourhoodEmOnTheGridGiven() throws Exception {
        SpikedPhantom phantom = SpikedPhantom.generate(new PhantomOptions(12, 14, 4, 2, 0.2, 5L));
        SpectralMatrix data = phantom.cube().spectra();
        int n = data.rows();
        int[] x = new int[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = phantom.cube().x(i);
            y[i] = phantom.cube().y(i);
        }
        SpatialGrid grid = SpatialGrid.fromCoordinates(x, y, Neighbourhood.FOUR);
        SpikedMixtureOptions options = SpikedMixtureOptions.builder().k(2).schedule(SieveSchedule.of(2, 3, 1, 15,
                1e-6)).seed(2).threads(1).spatial(SmmLearnerSettings.spatial(1.0, SmmLearnerSettings.FOUR)).build();
        SmmLearnerCore.Shapes shapes = SmmLearnerCore.configure(COLS, 2, true, SmmLearnerSettings.FITTED, null, true);
        SmmLearnerCore.Result r = SmmLearnerCore.execute(PixelData.of(COLS, data), grid, options, true,
                SmmLearnerSettings.FITTED, null, 1, ProgressMonitor.NONE);
        assertEquals(shapes.appended(), r.pixels().columns());
        SpikedMixtureModel engine = new SpikedMixtureFitter(options).fit(data, grid, ProgressMonitor.NONE);
        int[] labels = engine.labels();
        double[] resp = engine.fittedResponsibilities();
        for (int i = 0; i < n; i++) {
            Object[] row = r.pixels().row(i);
            assertEquals(labels[i] + 1, row[0], "row " + i);
            assertEquals(resp[i * 2], (Double) row[1], 0.0, "row " + i);
        }
    }

    @Test
    void aSpatialStrengthWithoutPixelCoordinatesIsRefusedAtConfigure() {
        SpectralColumns noXy = new SpectralColumns(BANDS, new int[] {0, 1, 2, 3}, COLS.axis(), -1, -1);
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> SmmLearnerCore.configure(noXy, 2, false, SmmLearnerSettings.FITTED, null, true));
        assertTrue(e.getMessage().contains(SmmLearnerSettings.SPATIAL_BETA.label()), e.getMessage());
    }

    @Test
    void rawUnitsWithoutANormalizationAreRefusedAtConfigure() {
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> SmmLearnerCore.configure(COLS, 2, false, SmmLearnerSettings.RAW, null));
        assertTrue(e.getMessage().contains(SmmLearnerSettings.SPIKE_UNITS.label()), e.getMessage());
    }

    @Test
    void badInputIsRefusedNamingTheSettingRowOrColumn() {
        SpectralColumns one = new SpectralColumns(List.of("500 nm"), new int[] {2}, BandAxis.indices(1), 0, 1);
        String cols = assertThrows(CoreInputException.class,
                () -> SmmLearnerCore.configure(one, 2, false, SmmLearnerSettings.FITTED, null)).getMessage();
        assertTrue(cols.contains(SmmLearnerSettings.COLUMNS.label()), cols);
        String k = assertThrows(CoreInputException.class, () -> SmmLearnerCore.execute(
                PixelData.of(COLS, pixels(3, 5)), SpikedMixtureOptions.builder().k(6).threads(1).build(), false,
                SmmLearnerSettings.FITTED, null, 1, ProgressMonitor.NONE)).getMessage();
        assertTrue(k.contains("5 rows") && k.contains(SmmLearnerSettings.K.label()), k);
        SpectralMatrix withNaN = pixels(4, 50);
        withNaN.set(9, 2, Float.NaN);
        String nan = assertThrows(CoreInputException.class, () -> SmmLearnerCore.execute(PixelData.of(COLS, withNaN),
                OPTIONS, false, SmmLearnerSettings.FITTED, null, 1, ProgressMonitor.NONE)).getMessage();
        assertTrue(nan.contains("'Row9'") && nan.contains("'520 nm'"), nan);
    }

    @Test
    void aRunStoppedByItsIterationBudgetWarnsAndCancelStops() throws Exception {
        SpikedMixtureOptions short1 = SpikedMixtureOptions.builder().k(2).schedule(SieveSchedule.singleStart(1, 0))
                .seed(1).threads(1).build();
        SmmLearnerCore.Result r = SmmLearnerCore.execute(PixelData.of(COLS, pixels(5, 200)), short1, false,
                SmmLearnerSettings.FITTED, null, 1, ProgressMonitor.NONE);
        assertNotNull(r.warning());
        assertTrue(r.warning().contains("did not converge"), r.warning());
        assertThrows(CanceledException.class, () -> SmmLearnerCore.execute(PixelData.of(COLS, pixels(6, 200)), OPTIONS,
                false, SmmLearnerSettings.FITTED, null, 1, ProgressMonitor.CANCELLED));
        assertNull(SmmLearnerCore.configure(COLS, 2, false, SmmLearnerSettings.FITTED, null).model().normalization()
                .orElse(null));
    }
}
