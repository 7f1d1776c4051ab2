package io.spikemix.knime.gmm.predictor;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings;

/** Settings and ports of the GMM Predictor node. Pure Java. */
public final class GmmPredictorSettings {

    public static final SettingDef APPEND_RESPONSIBILITIES = SettingDef.bool("appendResponsibilities",
            "Append responsibilities", true,
            "When on, the output also gets one column p(k) per component with the posterior probability that the "
                    + "pixel belongs to component k.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("GMM Predictor")
            .setting(APPEND_RESPONSIBILITIES)
            .inPort(PortDef.object("GMM model", GmmSpikeExtractorSettings.MODEL_PORT_CLASS,
                    "A Gaussian mixture from GMM Spike Extractor."))
            .inPort(PortDef.table("Pixel table",
                    "Pixels with the spectral columns the model was fitted on (same names), other columns."))
            .outPort(PortDef.table("Clustered pixels",
                    "The input table with the cluster column (1-based) and optionally the responsibilities p(k)."))
            .build();

    private GmmPredictorSettings() {
    }
}
