package org.knime.core.webui.node.dialog;

import org.knime.core.webui.UIExtension;

/** Compile-only surface of KNIME's {@code NodeDialog} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface NodeDialog extends UIExtension {
}
