package io.spikemix.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The extension in this repository passes every lint check. */
class ExtensionLintTest {

    private final ExtensionLint lint = Repo.lint(Repo.root());

    @Test
    void everyRegisteredNodeHasClassDeclarationDescriptionAndIcon() {
        assertTrue(lint.registeredFactories().containsAll(List.of(
                "io.spikemix.knime.normalize.normalizer.SpectralNormalizerNodeFactory",
                "io.spikemix.knime.normalize.apply.NormalizerApplyNodeFactory",
                "io.spikemix.knime.smm.learner.SmmLearnerNodeFactory",
                "io.spikemix.knime.smm.predictor.SmmPredictorNodeFactory",
                "io.spikemix.knime.kmeans.segmenter.KMeansSegmenterNodeFactory",
                "io.spikemix.knime.gmm.extractor.GmmSpikeExtractorNodeFactory",
                "io.spikemix.knime.gmm.predictor.GmmPredictorNodeFactory")), lint.registeredFactories()::toString);
        assertEquals(List.of(), lint.checkNodes());
    }

    @Test
    void engineHasNoKnimeOrEclipseDependency() {
        assertEquals(List.of(), lint.checkEngineIsolation());
    }

    @Test
    void featureShipsEveryBundleAndNothingOfKnime() {
        assertEquals(List.of(), lint.checkFeature());
    }

    @Test
    void cliAndBundlesUseTheSameLibraryVersions() {
        assertEquals(List.of(), lint.checkLibraryVersions());
    }

    @Test
    void testWorkflowsUseRegisteredNodesWithExactlyTheirSettings() {
        assertTrue(lint.workflows().size() >= 3, lint.workflows()::toString);
        assertEquals(List.of(), lint.checkTestWorkflows());
    }

    /** Every SpikeMix node of every testflow (45 saved node settings in 13 testflows) loads through its dialog. */
    @Test
    void everyTestflowsSettingsLoadThroughTheWebDialogParametersWithTheSettingsModelsValues() {
        assertEquals(List.of(), lint.checkTestWorkflows());
        assertTrue(lint.loadedThroughParameters >= 13, "loaded " + lint.loadedThroughParameters);
    }
}
