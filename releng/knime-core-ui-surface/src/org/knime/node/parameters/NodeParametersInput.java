package org.knime.node.parameters;

/** Compile-only surface of KNIME's {@code NodeParametersInput} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface NodeParametersInput {
}
