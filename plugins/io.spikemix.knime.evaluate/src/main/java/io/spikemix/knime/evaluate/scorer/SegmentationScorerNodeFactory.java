package io.spikemix.knime.evaluate.scorer;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the Segmentation Scorer node (description in {@code SegmentationScorerNodeFactory.xml}, dialog from {@link SegmentationScorerParameters}). */
public final class SegmentationScorerNodeFactory extends SpikeMixNodeFactory<SegmentationScorerNodeModel> {

    public SegmentationScorerNodeFactory() {
        super();
    }

    @Override
    protected Class<SegmentationScorerParameters> parameters() {
        return SegmentationScorerParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return SegmentationScorerSettings.DECLARATION;
    }

    @Override
    public SegmentationScorerNodeModel createNodeModel() {
        return new SegmentationScorerNodeModel();
    }
}
