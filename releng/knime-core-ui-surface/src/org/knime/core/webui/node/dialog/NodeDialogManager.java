package org.knime.core.webui.node.dialog;

import org.knime.core.node.NodeDialogPane;

/** Compile-only surface of KNIME's {@code NodeDialogManager} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public final class NodeDialogManager {

    private NodeDialogManager() {
    }

    public static NodeDialogPane createLegacyFlowVariableNodeDialog(final NodeDialog nodeDialog) {
        throw new UnsupportedOperationException();
    }
}
