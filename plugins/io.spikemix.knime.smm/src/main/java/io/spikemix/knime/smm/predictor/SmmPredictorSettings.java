package io.spikemix.knime.smm.predictor;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.smm.learner.SmmLearnerSettings;

/** Settings and ports of the SMM Predictor node. Pure Java. */
public final class SmmPredictorSettings {

    public static final SettingDef APPEND_RESPONSIBILITIES = SettingDef.bool("appendResponsibilities",
            "Append responsibilities", true,
            "When on, the output also gets one column p(k) per spike with the posterior probability that the pixel "
                    + "belongs to spike k.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("SMM Predictor")
            .setting(APPEND_RESPONSIBILITIES)
            .inPort(PortDef.object("SMM model", SmmLearnerSettings.MODEL_PORT_CLASS,
                    "A spiked mixture model from SMM Learner."))
            .inPort(PortDef.table("Pixel table",
                    "Pixels with the spectral columns the model was fitted on (same names), other columns."))
            .outPort(PortDef.table("Clustered pixels",
                    "The input table with the cluster column (1-based) and optionally the responsibilities p(k)."))
            .build();

    private SmmPredictorSettings() {
    }
}
