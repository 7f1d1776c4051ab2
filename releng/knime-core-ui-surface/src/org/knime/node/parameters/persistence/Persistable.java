package org.knime.node.parameters.persistence;

/** Compile-only surface of KNIME's {@code Persistable} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface Persistable {
}
