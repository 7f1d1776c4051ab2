package org.knime.core.data;

/** Compile-only surface of KNIME's {@code DataValue}; see README. */
public interface DataValue {

    default DataCell materializeDataCell() {
        throw new UnsupportedOperationException();
    }
}
