package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;
import org.knime.core.node.config.ConfigWO;

/** Compile-only surface of KNIME's {@code NodeSettings}; see README. */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    private static final long serialVersionUID = 1L;

    public NodeSettings(final String key) {
        super(key);
        throw new UnsupportedOperationException();
    }

    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        throw new UnsupportedOperationException();
    }

    public void copyTo(final ConfigWO dest) {
        throw new UnsupportedOperationException();
    }

    public NodeSettingsWO addNodeSettings(final String key) {
        throw new UnsupportedOperationException();
    }

    public void addNodeSettings(final NodeSettings settings) {
        throw new UnsupportedOperationException();
    }

    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }
}
