package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/** Compile-only surface of KNIME's {@code ModelContent}; see README. */
public final class ModelContent extends Config implements ModelContentRO, ModelContentWO {

    private static final long serialVersionUID = 1L;

    public ModelContent(final String key) {
        super(key);
        throw new UnsupportedOperationException();
    }

    public static synchronized ModelContentRO loadFromXML(final InputStream in) throws IOException {
        throw new UnsupportedOperationException();
    }

    public void addModelContent(final ModelContent modelContent) {
        throw new UnsupportedOperationException();
    }

    public ModelContentWO addModelContent(final String key) {
        throw new UnsupportedOperationException();
    }

    public ModelContent getModelContent(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }
}
