package org.knime.node.parameters.migration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;

/** Compile-only surface of KNIME's {@code ParametersLoader} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@FunctionalInterface
public interface ParametersLoader<T> {

    T load(NodeSettingsRO settings) throws InvalidSettingsException;
}
