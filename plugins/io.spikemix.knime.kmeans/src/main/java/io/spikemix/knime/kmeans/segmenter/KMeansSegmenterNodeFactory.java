package io.spikemix.knime.kmeans.segmenter;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the k-Means Segmenter node (description in {@code KMeansSegmenterNodeFactory.xml}, dialog from {@link KMeansSegmenterParameters}). */
public final class KMeansSegmenterNodeFactory extends SpikeMixNodeFactory<KMeansSegmenterNodeModel> {

    public KMeansSegmenterNodeFactory() {
        super();
    }

    @Override
    protected Class<KMeansSegmenterParameters> parameters() {
        return KMeansSegmenterParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return KMeansSegmenterSettings.DECLARATION;
    }

    @Override
    public KMeansSegmenterNodeModel createNodeModel() {
        return new KMeansSegmenterNodeModel();
    }
}
