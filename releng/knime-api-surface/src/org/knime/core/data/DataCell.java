package org.knime.core.data;

import java.io.Serializable;

/** Compile-only surface of KNIME's {@code DataCell}; see README. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    public DataCell materializeDataCell() {
        throw new UnsupportedOperationException();
    }

    public final DataType getType() {
        throw new UnsupportedOperationException();
    }

    public boolean isMissing() {
        throw new UnsupportedOperationException();
    }

    public abstract String toString();

    public final boolean equals(final Object o) {
        throw new UnsupportedOperationException();
    }

    protected abstract boolean equalsDataCell(final DataCell dc);

    protected boolean equalContent(final DataValue otherValue) {
        throw new UnsupportedOperationException();
    }

    public abstract int hashCode();
}
