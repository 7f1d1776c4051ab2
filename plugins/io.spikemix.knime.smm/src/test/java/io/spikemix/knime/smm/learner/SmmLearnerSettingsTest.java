package io.spikemix.knime.smm.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.base.node.SettingDef;

class SmmLearnerSettingsTest {

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
    void everyPresetChoiceMapsToASchedule() {
        for (String preset : SmmLearnerSettings.PRESET.choices()) {
            SmmLearnerSettings.schedule(preset, SmmLearnerSettings.N1.defaultInt(), SmmLearnerSettings.D1.defaultInt(),
                    SmmLearnerSettings.N2.defaultInt(), SmmLearnerSettings.D2.defaultInt(),
                    SmmLearnerSettings.TOL.defaultDouble(), SmmLearnerSettings.MAX_ITER.defaultInt());
        }
    }

    @Test
    void declarationHasOnePortPerOutputAndTheSpectralFilterOnTheTable() {
        assertEquals(List.of("Spikes", "Clustered pixels", "SMM model", "Log-likelihood trace"),
                SmmLearnerSettings.DECLARATION.outPorts().stream().map(p -> p.name()).toList());
        SettingDef columns = SmmLearnerSettings.DECLARATION.setting("spectralColumns");
        assertEquals(0, columns.inputPort());
        assertThrows(IllegalArgumentException.class, () -> SmmLearnerSettings.K.check(0));
    }
}
