package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Compile-only surface of KNIME's {@code ModelContentRO}; see README. */
public interface ModelContentRO extends ConfigRO {

    ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
