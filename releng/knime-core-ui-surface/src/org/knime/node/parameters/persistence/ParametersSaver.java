package org.knime.node.parameters.persistence;

import org.knime.core.node.NodeSettingsWO;

/** Compile-only surface of KNIME's {@code ParametersSaver} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@FunctionalInterface
public interface ParametersSaver<T> {

    void save(T param, NodeSettingsWO settings);
}
