package org.knime.core.data;

import java.util.Comparator;

/** Compile-only surface of KNIME's {@code DataValueComparator} (type only); see README. */
public abstract class DataValueComparator implements Comparator<DataCell> {

    protected DataValueComparator() {
        throw new UnsupportedOperationException();
    }
}
