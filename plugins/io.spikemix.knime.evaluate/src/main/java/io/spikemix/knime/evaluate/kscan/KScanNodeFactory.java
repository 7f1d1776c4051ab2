package io.spikemix.knime.evaluate.kscan;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the K Scan node (description in {@code KScanNodeFactory.xml}, dialog from {@link KScanParameters}). */
public final class KScanNodeFactory extends SpikeMixNodeFactory<KScanNodeModel> {

    public KScanNodeFactory() {
        super();
    }

    @Override
    protected Class<KScanParameters> parameters() {
        return KScanParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return KScanSettings.DECLARATION;
    }

    @Override
    public KScanNodeModel createNodeModel() {
        return new KScanNodeModel();
    }
}
