package io.spikemix.knime.gmm.predictor;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PredictorDeclarations;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings;

/** Settings and ports of the GMM Predictor node. Pure Java. */
public final class GmmPredictorSettings {

    public static final SettingDef APPEND_RESPONSIBILITIES = PredictorDeclarations.appendResponsibilities("component");

    public static final NodeDeclaration DECLARATION = PredictorDeclarations.declaration("GMM Predictor",
            APPEND_RESPONSIBILITIES, "GMM model", GmmSpikeExtractorSettings.MODEL_PORT_CLASS, "A Gaussian mixture from GMM Spike Extractor.");

    private GmmPredictorSettings() {
    }
}
