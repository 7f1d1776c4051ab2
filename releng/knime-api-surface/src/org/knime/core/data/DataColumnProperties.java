package org.knime.core.data;

/** Compile-only surface of KNIME's {@code DataColumnProperties} (type only); see README. */
public final class DataColumnProperties implements Cloneable {

    private DataColumnProperties() {
        throw new UnsupportedOperationException();
    }
}
