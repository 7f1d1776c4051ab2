package org.knime.core.data.container;

/** Compile-only surface of KNIME's {@code DataContainerSettings} (type only); see README. */
public final class DataContainerSettings {

    private DataContainerSettings() {
        throw new UnsupportedOperationException();
    }
}
