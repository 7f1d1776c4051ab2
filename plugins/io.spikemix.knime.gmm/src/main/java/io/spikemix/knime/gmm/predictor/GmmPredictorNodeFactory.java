package io.spikemix.knime.gmm.predictor;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the GMM Predictor node (description in {@code GmmPredictorNodeFactory.xml}, dialog from {@link GmmPredictorParameters}). */
public final class GmmPredictorNodeFactory extends SpikeMixNodeFactory<GmmPredictorNodeModel> {

    public GmmPredictorNodeFactory() {
        super();
    }

    @Override
    protected Class<GmmPredictorParameters> parameters() {
        return GmmPredictorParameters.class;
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
