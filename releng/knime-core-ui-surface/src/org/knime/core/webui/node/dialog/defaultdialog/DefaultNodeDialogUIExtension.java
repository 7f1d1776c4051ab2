package org.knime.core.webui.node.dialog.defaultdialog;

import org.knime.core.webui.UIExtension;

/** Compile-only surface of KNIME's {@code DefaultNodeDialogUIExtension} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface DefaultNodeDialogUIExtension extends UIExtension {
}
