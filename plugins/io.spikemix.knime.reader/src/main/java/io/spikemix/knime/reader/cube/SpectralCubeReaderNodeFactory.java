package io.spikemix.knime.reader.cube;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the Spectral Cube Reader node (description in {@code SpectralCubeReaderNodeFactory.xml}, dialog from {@link SpectralCubeReaderParameters}). */
public final class SpectralCubeReaderNodeFactory extends SpikeMixNodeFactory<SpectralCubeReaderNodeModel> {

    public SpectralCubeReaderNodeFactory() {
        super();
    }

    @Override
    protected Class<SpectralCubeReaderParameters> parameters() {
        return SpectralCubeReaderParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return SpectralCubeReaderSettings.DECLARATION;
    }

    @Override
    public SpectralCubeReaderNodeModel createNodeModel() {
        return new SpectralCubeReaderNodeModel();
    }
}
