package org.knime.core.webui.node.dialog.defaultdialog;

import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.node.parameters.NodeParameters;

/** Compile-only surface of KNIME's {@code DefaultNodeDialog} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public final class DefaultNodeDialog implements NodeDialog, DefaultNodeDialogUIExtension {

    public DefaultNodeDialog(final SettingsType settingsType, final Class<? extends NodeParameters> settingsClass) {
        throw new UnsupportedOperationException();
    }
}
