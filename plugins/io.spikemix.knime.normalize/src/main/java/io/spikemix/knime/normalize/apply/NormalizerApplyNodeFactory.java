package io.spikemix.knime.normalize.apply;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the Normalizer (Apply) node (description in {@code NormalizerApplyNodeFactory.xml}, dialog from {@link NormalizerApplyParameters}). */
public final class NormalizerApplyNodeFactory extends SpikeMixNodeFactory<NormalizerApplyNodeModel> {

    public NormalizerApplyNodeFactory() {
        super();
    }

    @Override
    protected Class<NormalizerApplyParameters> parameters() {
        return NormalizerApplyParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return NormalizerApplySettings.DECLARATION;
    }

    @Override
    public NormalizerApplyNodeModel createNodeModel() {
        return new NormalizerApplyNodeModel();
    }
}
