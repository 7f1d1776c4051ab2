package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Compile-only surface of KNIME's {@code NodeSettingsWO}; see README. */
public interface NodeSettingsWO extends ConfigWO {

    NodeSettingsWO addNodeSettings(String key);

    void addNodeSettings(NodeSettings settings);

    void addPassword(String key, String encryptionKey, String value);
}
