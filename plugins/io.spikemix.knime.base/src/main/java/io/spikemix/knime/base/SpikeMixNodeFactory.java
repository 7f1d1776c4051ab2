package io.spikemix.knime.base;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;
import org.knime.node.parameters.NodeParameters;

import io.spikemix.knime.base.node.NodeDeclaration;

/**
 * Base of SpikeMix node factories. The classic node model and factory class stay (saved workflows name the factory
 * class and hold the classic settings keys), and the dialog is KNIME's web dialog generated from the node's
 * {@link NodeParameters} class, which persists to those same keys: the in-place migration KNIME applies to its own
 * classic nodes (knime-webui-facts §2.6, §5.1). SpikeMix nodes have no views; results are tables and images.
 *
 * <p>Subclasses need a public no-arg constructor (KNIME instantiates factories by reflection) and return their
 * node's static declaration and parameters class.
 *
 * <p>{@code NodeDialogFactory}, {@code DefaultNodeDialog} and {@code NodeDialogManager} are in packages KNIME marks
 * x-internal; KNIME's public {@code DefaultNodeFactory} cannot keep a classic node's settings keys, optional model
 * ports and flow variables, so this is the route KNIME itself takes for in-place migrations. Hence the
 * {@code restriction} suppression.
 *
 * @param <T> the node model
 */
@SuppressWarnings("restriction")
public abstract class SpikeMixNodeFactory<T extends NodeModel> extends NodeFactory<T> implements NodeDialogFactory {

    /**
     * The node's declaration; a static constant, because KNIME may call factory methods while the superclass
     * constructor still runs.
     */
    protected abstract NodeDeclaration declaration();

    /** The node's dialog parameters, persisting to the keys of {@link #declaration()}. */
    protected abstract Class<? extends NodeParameters> parameters();

    @Override
    public NodeDialog createNodeDialog() {
        return new DefaultNodeDialog(SettingsType.MODEL, parameters());
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    // The three members below are abstract in NodeFactory and deprecated for removal since KNIME 5.6 (Swing dialogs
    // and views are no longer used); every factory must still implement them until KNIME removes them. Implementing
    // them is not a use of deprecated API, so the compiler, which fails on any deprecation warning here, accepts it.

    @Override
    public NodeView<T> createNodeView(int viewIndex, T nodeModel) {
        throw new IndexOutOfBoundsException("Node '" + declaration().name() + "' has no views; asked for view "
                + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    /** Classic callers get the web dialog wrapped with the flow-variable tab, as KNIME's own migrated nodes do. */
    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return NodeDialogManager.createLegacyFlowVariableNodeDialog(createNodeDialog());
    }
}
