package io.spikemix.knime.evaluate.spikes;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the Spike Set Evaluator node (description in {@code SpikeSetEvaluatorNodeFactory.xml}, dialog from {@link SpikeSetEvaluatorParameters}). */
public final class SpikeSetEvaluatorNodeFactory extends SpikeMixNodeFactory<SpikeSetEvaluatorNodeModel> {

    public SpikeSetEvaluatorNodeFactory() {
        super();
    }

    @Override
    protected Class<SpikeSetEvaluatorParameters> parameters() {
        return SpikeSetEvaluatorParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return SpikeSetEvaluatorSettings.DECLARATION;
    }

    @Override
    public SpikeSetEvaluatorNodeModel createNodeModel() {
        return new SpikeSetEvaluatorNodeModel();
    }
}
