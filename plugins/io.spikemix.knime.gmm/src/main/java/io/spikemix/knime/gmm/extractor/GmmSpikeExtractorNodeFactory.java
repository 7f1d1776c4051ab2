package io.spikemix.knime.gmm.extractor;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the GMM Spike Extractor node (description in {@code GmmSpikeExtractorNodeFactory.xml}, dialog from {@link GmmSpikeExtractorParameters}). */
public final class GmmSpikeExtractorNodeFactory extends SpikeMixNodeFactory<GmmSpikeExtractorNodeModel> {

    public GmmSpikeExtractorNodeFactory() {
        super();
    }

    @Override
    protected Class<GmmSpikeExtractorParameters> parameters() {
        return GmmSpikeExtractorParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return GmmSpikeExtractorSettings.DECLARATION;
    }

    @Override
    public GmmSpikeExtractorNodeModel createNodeModel() {
        return new GmmSpikeExtractorNodeModel();
    }
}
