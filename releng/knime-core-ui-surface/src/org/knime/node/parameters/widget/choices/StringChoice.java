package org.knime.node.parameters.widget.choices;

/** Compile-only surface of KNIME's {@code StringChoice} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public record StringChoice(String id, String text) {
}
