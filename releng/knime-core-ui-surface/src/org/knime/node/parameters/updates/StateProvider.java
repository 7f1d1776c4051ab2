package org.knime.node.parameters.updates;

import org.knime.core.webui.node.dialog.defaultdialog.util.updates.StateComputationFailureException;
import org.knime.node.parameters.NodeParametersInput;

/** Compile-only surface of KNIME's {@code StateProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface StateProvider<S> {

    void init(StateProviderInitializer initializer);

    S computeState(NodeParametersInput parametersInput) throws StateComputationFailureException;

    interface StateProviderInitializer {
    }
}
