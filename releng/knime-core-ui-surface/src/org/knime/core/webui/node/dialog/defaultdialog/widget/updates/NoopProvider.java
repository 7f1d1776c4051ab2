package org.knime.core.webui.node.dialog.defaultdialog.widget.updates;

import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.updates.StateProvider;

/** Compile-only surface of KNIME's {@code NoopProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
class NoopProvider<T> implements StateProvider<T> {

    @Override
    public void init(final StateProviderInitializer initializer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public T computeState(final NodeParametersInput parametersInput) {
        throw new UnsupportedOperationException();
    }
}
