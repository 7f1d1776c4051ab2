package io.spikemix.knime.render.segmentation;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the Segmentation Renderer node (description in {@code SegmentationRendererNodeFactory.xml}, dialog from {@link SegmentationRendererParameters}). */
public final class SegmentationRendererNodeFactory extends SpikeMixNodeFactory<SegmentationRendererNodeModel> {

    public SegmentationRendererNodeFactory() {
        super();
    }

    @Override
    protected Class<SegmentationRendererParameters> parameters() {
        return SegmentationRendererParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return SegmentationRendererSettings.DECLARATION;
    }

    @Override
    public SegmentationRendererNodeModel createNodeModel() {
        return new SegmentationRendererNodeModel();
    }
}
