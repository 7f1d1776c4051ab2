package org.knime.node.parameters.validation;

/** Compile-only surface of KNIME's {@code BuiltinValidation} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface BuiltinValidation {

    String getErrorMessage();

    Object getParameters();
}
