package io.spikemix.knime.smm.learner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.spikes.SpikeRows;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationPortObject;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;
import io.spikemix.knime.smm.port.SmmModelContent;

class SmmLearnerSettingsTest {

    private static final List<String> COLUMNS = List.of("a", "b", "c");

    @Test
    void presetsAreThePapersSchedulesAndIgnoreTheCustomValues() {
        assertEquals(SieveSchedule.SYNTHETIC, SmmLearnerSettings.schedule("synthetic", 1, 2, 1, 4, 0.5, 100000));
        assertEquals(SieveSchedule.IMS, SmmLearnerSettings.schedule("ims", 1, 2, 1, 4, 0.5, 100000));
        assertEquals(SieveSchedule.HSI, SmmLearnerSettings.schedule("hsi", 1, 2, 1, 4, 0.5, 100000));
    }

    @Test
    void customUsesTheFourSievingValuesAndTheTolerance() {
        assertEquals(SieveSchedule.of(7, 3, 2, 50, 1e-5), SmmLearnerSettings.schedule("custom", 7, 3, 2, 50, 1e-5,
                100000));
    }

    @Test
    void maximumIterationsLowersD2OfAnyPresetOnly() {
        assertEquals(SieveSchedule.of(10, 10, 3, 40, 1e-3), SmmLearnerSettings.schedule("hsi", 1, 1, 1, 1, 0,
                40));
        assertEquals(SieveSchedule.of(7, 3, 2, 50, 1e-5), SmmLearnerSettings.schedule("custom", 7, 3, 2, 50, 1e-5,
                50));
    }

    @Test
    void moreKeptStartsThanStartsIsRejectedNamingBothSettings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmmLearnerSettings.schedule("custom", 2, 3, 5, 50, 1e-5, 100));
        assertTrue(e.getMessage().contains("'Starts kept (n2, custom)'") && e.getMessage().contains("Got 5"),
                e.getMessage());
    }

    @Test
    void optionsCarryKDeltaSeedAndThreadsWithZeroMeaningAllProcessors() {
        SpikedMixtureOptions o = SmmLearnerSettings.options(4, SieveSchedule.IMS, 0.25, 17, 0);
        assertEquals(4, o.k());
        assertEquals(SieveSchedule.IMS, o.schedule());
        assertEquals(0.25, o.delta());
        assertEquals(17, o.seed());
        assertEquals(Runtime.getRuntime().availableProcessors(), o.threads());
        assertEquals(3, SmmLearnerSettings.options(4, SieveSchedule.IMS, 0, 0, 3).threads());
    }

    @Test
    void everyPresetChoiceMapsToTheEnginesScheduleAndCustomToTheSettings() {
        for (String preset : SmmLearnerSettings.PRESET.choices()) {
            SieveSchedule s = SmmLearnerSettings.schedule(preset, 7, 8, 5, 60, 1e-4, 100_000);
            SieveSchedule expected = SmmLearnerSettings.CUSTOM.equals(preset) ? SieveSchedule.of(7, 8, 5, 60, 1e-4)
                    : SieveSchedule.preset(preset);
            assertEquals(List.of(expected.n1(), expected.d1(), expected.n2(), expected.d2()),
                    List.of(s.n1(), s.d1(), s.n2(), s.d2()), preset);
            assertEquals(expected.tol(), s.tol(), 0, preset);
        }
    }

    @Test
    void secondInputIsAnOptionalNormalizationModelPort() {
        PortDef p = SmmLearnerSettings.DECLARATION.inPorts().get(SmmLearnerSettings.NORMALIZATION_PORT);
        assertEquals("Normalization model", p.name());
        assertEquals(NormalizationPortObject.class.getName(), p.type());
        assertTrue(p.isOptional());
        assertEquals(2, SmmLearnerSettings.DECLARATION.inPorts().size());
        assertEquals(SmmLearnerSettings.FITTED, SmmLearnerSettings.SPIKE_UNITS.defaultString());
        assertEquals(List.of("fitted", "raw"), SmmLearnerSettings.SPIKE_UNITS.choices());
    }

    @Test
    void rawSpikeUnitsWithoutANormalizationModelIsAConfigureErrorNamingSettingAndPort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmmLearnerSettings.upstreamNormalization("raw", null, COLUMNS));
        assertEquals("The 'Spike units' setting is 'raw', which needs the normalization model of the input at the "
                + "'Normalization model' port (from Spectral Normalizer). Connect it or choose 'fitted'.",
                e.getMessage());
        assertTrue(SmmLearnerSettings.upstreamNormalization("fitted", null, COLUMNS).isEmpty());
    }

    @Test
    void aNormalizationModelLackingASelectedColumnIsAConfigureErrorNamingIt() {
        NormalizationSpecContent norm = new NormalizationSpecContent(NormalizationMethod.MINMAX,
                List.of("a", "b"), BandAxis.indices(2));
        for (String units : List.of("fitted", "raw")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SmmLearnerSettings.upstreamNormalization(units, norm, COLUMNS));
            assertTrue(e.getMessage().startsWith("The normalization model at the 'Normalization model' port does "
                    + "not cover the columns selected in 'Spectral columns'. The min-max normalization was not "
                    + "fitted on 1 of the 3 columns: 'c'."), e.getMessage());
        }
    }

    @Test
    void aNormalizationModelOnMoreColumnsIsRestrictedToTheSelectedOnesInTheirOrder() {
        NormalizationSpecContent norm = new NormalizationSpecContent(NormalizationMethod.TIC,
                List.of("z", "c", "b", "a"), BandAxis.of(new double[] {9, 3, 2, 1}, "nm"));
        NormalizationSpecContent sel = SmmLearnerSettings.upstreamNormalization("raw", norm, COLUMNS).get();
        assertEquals(COLUMNS, sel.columns());
        assertArrayEquals(new double[] {1, 2, 3}, sel.axis().values(), 0.0);
    }

    @Test
    void rawSpikeRowsAreTheSpikesUndoneByHandWhileFittedRowsAreTheSpikes() throws Exception {
        // two spikes in normalized units; a min-max normalization of the three columns with min 10, 0, -5 and
        // max 20, 4, 5
        SpikedMixtureModel model = SpikedMixtureModel.of(new double[][] {{0.5, 0.25, 1}, {0, 0, 0}},
                new double[] {0.7, 0.3}, 0.01);
        NormalizationModel minmax = NormalizationModel.restore(NormalizationMethod.MINMAX,
                new double[] {10, 0, -5}, new double[] {20, 4, 5}, 1);
        SmmModelContent content = SmmModelContent.fitted(SmmModelContent.specFor(
                new FeatureSpace(COLUMNS, BandAxis.indices(3)), 2), model).withNormalization(
                        new NormalizationModelContent(new NormalizationSpecContent(NormalizationMethod.MINMAX,
                                COLUMNS, BandAxis.indices(3)), minmax));

        SpikeRows raw = SmmLearnerSettings.spikeRows(content, "raw");
        // x·(max − min) + min: 0.5·10 + 10, 0.25·4 + 0, 1·10 − 5; the zero spike becomes the minima
        assertArrayEquals(new double[] {15, 1, 5}, raw.spectrum(0), 1e-12);
        assertArrayEquals(new double[] {10, 0, -5}, raw.spectrum(1), 1e-12);
        // π, ‖x‖² of the fitted spike (0.25 + 0.0625 + 1) and the active flags are those of the model
        assertEquals(List.of(1, 0.7, 1.3125, 1), raw.leadingValues(0));
        assertEquals(List.of(2, 0.3, 0.0, 0), raw.leadingValues(1));

        SpikeRows fitted = SmmLearnerSettings.spikeRows(content, "fitted");
        assertArrayEquals(new double[] {0.5, 0.25, 1}, fitted.spectrum(0), 0.0);
        assertEquals(raw.leadingValues(0), fitted.leadingValues(0));
    }

    @Test
    void declarationHasOnePortPerOutputAndTheSpectralFilterOnTheTable() {
        assertEquals(List.of("Spikes", "Clustered pixels", "SMM model", "Log-likelihood trace"),
                SmmLearnerSettings.DECLARATION.outPorts().stream().map(p -> p.name()).toList());
        SettingDef columns = SmmLearnerSettings.DECLARATION.setting("spectralColumns");
        assertEquals(0, columns.inputPort());
        assertThrows(IllegalArgumentException.class, () -> SmmLearnerSettings.K.check(0));
    }

    @Test
    void spatialStrengthMapsToTheEnginesSpatialOptionsAndRefusesNegativeValues() {
        io.spikemix.engine.spatial.SpatialOptions off = SmmLearnerSettings.spatial(0, SmmLearnerSettings.FOUR);
        org.junit.jupiter.api.Assertions.assertFalse(off.active(), "0 is the plain model");
        io.spikemix.engine.spatial.SpatialOptions on = SmmLearnerSettings.spatial(0.8, SmmLearnerSettings.EIGHT);
        org.junit.jupiter.api.Assertions.assertEquals(0.8, on.beta());
        org.junit.jupiter.api.Assertions.assertEquals(io.spikemix.engine.spatial.Neighbourhood.EIGHT,
                on.neighbourhood());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SmmLearnerSettings.spatial(-1, SmmLearnerSettings.FOUR));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(SmmLearnerSettings.SPATIAL_BETA.label()),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(SmmLearnerSettings.SPATIAL_BETA.isAddedLater()
                && SmmLearnerSettings.NEIGHBOURS.isAddedLater(), "old workflows without the keys must load");
    }
}
