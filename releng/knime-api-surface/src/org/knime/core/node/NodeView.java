package org.knime.core.node;

import java.awt.Component;
import java.awt.Container;

/** Compile-only surface of KNIME's {@code NodeView}; see README. */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> implements NodeModelWarningListener {

    protected NodeView(final T nodeModel) {
        super(nodeModel);
        throw new UnsupportedOperationException();
    }

    protected Container getExportComponent() {
        throw new UnsupportedOperationException();
    }

    protected T getNodeModel() {
        throw new UnsupportedOperationException();
    }

    protected final void setShowNODATALabel(final boolean showIt) {
        throw new UnsupportedOperationException();
    }

    protected abstract void onClose();

    protected abstract void onOpen();

    protected final boolean isOpen() {
        throw new UnsupportedOperationException();
    }

    protected final void setViewTitleSuffix(final String suffix) {
        throw new UnsupportedOperationException();
    }

    public final String getViewTitle() {
        throw new UnsupportedOperationException();
    }

    protected final Component getComponent() {
        throw new UnsupportedOperationException();
    }

    protected final void setComponent(final Component comp) {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void callOpenView(final String title) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final void callCloseView() {
        throw new UnsupportedOperationException();
    }
}
