package io.spikemix.knime.base;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.settings.SettingsModels;

/**
 * Base of SpikeMix node factories: the dialog is generated from the node's declaration, and SpikeMix nodes have no
 * Swing views (results are tables and images). Subclasses need a public no-arg constructor (KNIME instantiates
 * factories by reflection) and return their node's static declaration.
 *
 * @param <T> the node model
 */
public abstract class SpikeMixNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    /**
     * The node's declaration; a static constant, because KNIME may call factory methods while the superclass
     * constructor still runs.
     */
    protected abstract NodeDeclaration declaration();

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<T> createNodeView(int viewIndex, T nodeModel) {
        throw new IndexOutOfBoundsException("Node '" + declaration().name() + "' has no views; asked for view "
                + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return !declaration().settings().isEmpty();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return SettingsModels.dialog(declaration());
    }
}
