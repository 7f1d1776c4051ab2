package io.spikemix.knime.normalize.normalizer;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the Spectral Normalizer node (description in {@code SpectralNormalizerNodeFactory.xml}, dialog from {@link SpectralNormalizerParameters}). */
public final class SpectralNormalizerNodeFactory extends SpikeMixNodeFactory<SpectralNormalizerNodeModel> {

    public SpectralNormalizerNodeFactory() {
        super();
    }

    @Override
    protected Class<SpectralNormalizerParameters> parameters() {
        return SpectralNormalizerParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return SpectralNormalizerSettings.DECLARATION;
    }

    @Override
    public SpectralNormalizerNodeModel createNodeModel() {
        return new SpectralNormalizerNodeModel();
    }
}
