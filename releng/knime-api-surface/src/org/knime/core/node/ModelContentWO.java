package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Compile-only surface of KNIME's {@code ModelContentWO}; see README. */
public interface ModelContentWO extends ConfigWO {

    ModelContentWO addModelContent(String key);

    void addModelContent(ModelContent modelContent);
}
