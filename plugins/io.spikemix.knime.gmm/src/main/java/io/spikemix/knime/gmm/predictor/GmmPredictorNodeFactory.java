package io.spikemix.knime.gmm.predictor;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the GMM Predictor node (description in {@code GmmPredictorNodeFactory.xml}). */
public final class GmmPredictorNodeFactory extends SpikeMixNodeFactory<GmmPredictorNodeModel> {

    public GmmPredictorNodeFactory() {
        super();
    }

    @Override
    protected NodeDeclaration declaration() {
        return GmmPredictorSettings.DECLARATION;
    }

    @Override
    public GmmPredictorNodeModel createNodeModel() {
        return new GmmPredictorNodeModel();
    }
}
