package org.knime.core.data;

import java.util.Map;

/**
 * Compile-only surface of KNIME's {@code DataColumnProperties}: the constructors and getters SpikeMix's band
 * columns use (io.spikemix.knime.base.table.PixelTables); see README.
 */
public final class DataColumnProperties implements Cloneable {

    public DataColumnProperties() {
        throw new UnsupportedOperationException();
    }

    public DataColumnProperties(final Map<String, String> content) {
        throw new UnsupportedOperationException();
    }

    public boolean containsProperty(final String key) {
        throw new UnsupportedOperationException();
    }

    public String getProperty(final String key, final String defaultValue) {
        throw new UnsupportedOperationException();
    }

    public String getProperty(final String key) {
        throw new UnsupportedOperationException();
    }

    public int size() {
        throw new UnsupportedOperationException();
    }
}
