package io.spikemix.knime.gmm.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.gmm.GaussianMixtureOptions.Initialization;

class GmmSpikeExtractorSettingsTest {

    @Test
    void everyInitializationChoiceNamesAnEngineInitialization() {
        assertEquals(Initialization.values().length, GmmSpikeExtractorSettings.INIT.choices().size());
        for (String choice : GmmSpikeExtractorSettings.INIT.choices()) {
            assertEquals(choice, GmmSpikeExtractorSettings.initialization(choice).name().toLowerCase());
        }
    }

    @Test
    void optionsCarryEverySettingWithZeroThreadsMeaningAllProcessors() {
        GaussianMixtureOptions o = GmmSpikeExtractorSettings.options(5, "kmeans", 2, 40, 1e-4, 1e-5, true, 8, 0);
        assertEquals(5, o.k());
        assertEquals(Initialization.KMEANS, o.init());
        assertEquals(2, o.nInit());
        assertEquals(40, o.maxIter());
        assertEquals(1e-4, o.tol());
        assertEquals(1e-5, o.regCovar());
        assertEquals(true, o.zeroMean());
        assertEquals(8, o.seed());
        assertEquals(Runtime.getRuntime().availableProcessors(), o.threads());
    }

    @Test
    void defaultsAreTheEngineDefaults() {
        GaussianMixtureOptions engine = GaussianMixtureOptions.builder().build();
        assertEquals(engine.init(), GmmSpikeExtractorSettings.initialization(
                GmmSpikeExtractorSettings.INIT.defaultString()));
        assertEquals(engine.maxIter(), GmmSpikeExtractorSettings.MAX_ITER.defaultInt());
        assertEquals(engine.tol(), GmmSpikeExtractorSettings.TOL.defaultDouble());
        assertEquals(engine.regCovar(), GmmSpikeExtractorSettings.REG_COVAR.defaultDouble());
        assertEquals(engine.nInit(), GmmSpikeExtractorSettings.N_INIT.defaultInt());
    }

    @Test
    void spatialStrengthMapsToTheEnginesSpatialOptionsAndRefusesNegativeValues() {
        io.spikemix.engine.spatial.SpatialOptions off = GmmSpikeExtractorSettings.spatial(0, GmmSpikeExtractorSettings.FOUR);
        org.junit.jupiter.api.Assertions.assertFalse(off.active(), "0 is the plain model");
        io.spikemix.engine.spatial.SpatialOptions on = GmmSpikeExtractorSettings.spatial(0.8, GmmSpikeExtractorSettings.EIGHT);
        org.junit.jupiter.api.Assertions.assertEquals(0.8, on.beta());
        org.junit.jupiter.api.Assertions.assertEquals(io.spikemix.engine.spatial.Neighbourhood.EIGHT,
                on.neighbourhood());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GmmSpikeExtractorSettings.spatial(-1, GmmSpikeExtractorSettings.FOUR));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(GmmSpikeExtractorSettings.SPATIAL_BETA.label()),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(GmmSpikeExtractorSettings.SPATIAL_BETA.isAddedLater()
                && GmmSpikeExtractorSettings.NEIGHBOURS.isAddedLater(), "old workflows without the keys must load");
    }
}
