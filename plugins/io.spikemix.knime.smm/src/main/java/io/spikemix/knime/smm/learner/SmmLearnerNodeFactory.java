package io.spikemix.knime.smm.learner;

import io.spikemix.knime.base.SpikeMixNodeFactory;
import io.spikemix.knime.base.node.NodeDeclaration;

/** Factory of the SMM Learner node (description in {@code SmmLearnerNodeFactory.xml}, dialog from {@link SmmLearnerParameters}). */
public final class SmmLearnerNodeFactory extends SpikeMixNodeFactory<SmmLearnerNodeModel> {

    public SmmLearnerNodeFactory() {
        super();
    }

    @Override
    protected Class<SmmLearnerParameters> parameters() {
        return SmmLearnerParameters.class;
    }

    @Override
    protected NodeDeclaration declaration() {
        return SmmLearnerSettings.DECLARATION;
    }

    @Override
    public SmmLearnerNodeModel createNodeModel() {
        return new SmmLearnerNodeModel();
    }
}
