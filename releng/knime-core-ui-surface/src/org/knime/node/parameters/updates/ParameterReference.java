package org.knime.node.parameters.updates;

/** Compile-only surface of KNIME's {@code ParameterReference} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface ParameterReference<V> {
}
