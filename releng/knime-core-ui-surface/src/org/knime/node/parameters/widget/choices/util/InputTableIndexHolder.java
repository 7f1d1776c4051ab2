package org.knime.node.parameters.widget.choices.util;

/** Compile-only surface of KNIME's {@code InputTableIndexHolder} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface InputTableIndexHolder {
}
