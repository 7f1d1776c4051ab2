package io.spikemix.knime.smm.predictor;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PredictorDeclarations;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.smm.learner.SmmLearnerSettings;

/** Settings and ports of the SMM Predictor node. Pure Java. */
public final class SmmPredictorSettings {

    public static final SettingDef APPEND_RESPONSIBILITIES = PredictorDeclarations.appendResponsibilities("spike");

    public static final NodeDeclaration DECLARATION = PredictorDeclarations.declaration("SMM Predictor",
            APPEND_RESPONSIBILITIES, "SMM model", SmmLearnerSettings.MODEL_PORT_CLASS,
            "A spiked mixture model from SMM Learner.");

    private SmmPredictorSettings() {
    }
}
