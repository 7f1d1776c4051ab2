package org.knime.core.node;

import java.awt.Rectangle;

import org.knime.core.node.AbstractNodeView.ViewableModel;

/** Compile-only surface of KNIME's {@code AbstractNodeView}; see README. */
public abstract class AbstractNodeView<T extends ViewableModel> {

    protected AbstractNodeView(final T viewableModel) {
        throw new UnsupportedOperationException();
    }

    protected AbstractNodeView(final T viewableModel, final boolean allowNullNodeContext) {
        throw new UnsupportedOperationException();
    }

    protected final T getViewableModel() {
        throw new UnsupportedOperationException();
    }

    public NodeLogger getLogger() {
        throw new UnsupportedOperationException();
    }

    protected abstract void modelChanged();

    protected void updateModel(final Object arg) {
        throw new UnsupportedOperationException();
    }

    protected abstract void callOpenView(final String title);

    protected void callOpenView(final String title, final Rectangle knimeWindowBounds) {
        throw new UnsupportedOperationException();
    }

    protected abstract void callCloseView();

    /** Marker for models a view can show. */
    public static interface ViewableModel {
    }
}
