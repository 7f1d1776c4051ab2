package org.knime.core.node;

import java.net.URL;

import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.context.NodeCreationConfiguration;

/**
 * Compile-only surface of KNIME's {@code NodeFactory}; see README. {@code createNodeDescription()} is left out
 * because its throws clause names an XMLBeans type this bundle does not provide.
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** The kinds of node (decides the icon background). */
    public static enum NodeType {
        Source, Sink, Learner, Predictor, Manipulator, Visualizer, Widget, Meta, LoopStart, LoopEnd, ScopeStart,
        ScopeEnd, @Deprecated QuickForm, Configuration, Other, Missing, Unknown, Subnode, VirtualIn, VirtualOut,
        Container
    }

    protected NodeFactory() {
        throw new UnsupportedOperationException();
    }

    protected NodeFactory(final boolean lazyInitialization) {
        throw new UnsupportedOperationException();
    }

    public final String getFactoryId() {
        throw new UnsupportedOperationException();
    }

    public synchronized void init() {
        throw new UnsupportedOperationException();
    }

    public void loadAdditionalFactorySettings(final ConfigRO config) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public void saveAdditionalFactorySettings(final ConfigWO config) {
        throw new UnsupportedOperationException();
    }

    public final String getNodeName() {
        throw new UnsupportedOperationException();
    }

    public String getInportName(final int index) {
        throw new UnsupportedOperationException();
    }

    public String getOutportName(final int index) {
        throw new UnsupportedOperationException();
    }

    public final String getInportDescription(final int index) {
        throw new UnsupportedOperationException();
    }

    public final String getOutportDescription(final int index) {
        throw new UnsupportedOperationException();
    }

    public final String[] getKeywords() {
        throw new UnsupportedOperationException();
    }

    protected final String getViewDescription(final int index) {
        throw new UnsupportedOperationException();
    }

    public abstract T createNodeModel();

    protected T createNodeModel(final NodeCreationConfiguration creationConfig) {
        throw new UnsupportedOperationException();
    }

    protected abstract int getNrNodeViews();

    @Deprecated(since = "5.6", forRemoval = true)
    protected final String getNodeViewName(final int index) {
        throw new UnsupportedOperationException();
    }

    @Deprecated(since = "5.6", forRemoval = true)
    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    public AbstractNodeView<T> createAbstractNodeView(final int viewIndex, final T nodeModel) {
        throw new UnsupportedOperationException();
    }

    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract boolean hasDialog();

    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract NodeDialogPane createNodeDialogPane();

    @Deprecated(since = "5.6", forRemoval = true)
    protected NodeDialogPane createNodeDialogPane(final NodeCreationConfiguration creationConfig) {
        throw new UnsupportedOperationException();
    }

    public URL getIcon() {
        throw new UnsupportedOperationException();
    }

    public NodeType getType() {
        throw new UnsupportedOperationException();
    }

    public static URL getDefaultIcon() {
        throw new UnsupportedOperationException();
    }

    public String getInteractiveViewName() {
        throw new UnsupportedOperationException();
    }

    public final boolean isDeprecated() {
        throw new UnsupportedOperationException();
    }
}
