package io.spikemix.knime.smm.predictor;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the SMM Predictor node (description in {@code SmmPredictorNodeFactory.xml}, dialog from {@link SmmPredictorParameters}). */
public final class SmmPredictorNodeFactory extends SpikeMixNodeFactory<SmmPredictorNodeModel> {

    public SmmPredictorNodeFactory() {
        super();
    }

    @Override
    protected Class<SmmPredictorParameters> parameters() {
        return SmmPredictorParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return SmmPredictorSettings.DECLARATION;
    }

    @Override
    public SmmPredictorNodeModel createNodeModel() {
        return new SmmPredictorNodeModel();
    }
}
