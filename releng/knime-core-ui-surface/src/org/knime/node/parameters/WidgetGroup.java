package org.knime.node.parameters;

/** Compile-only surface of KNIME's {@code WidgetGroup} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface WidgetGroup {
}
