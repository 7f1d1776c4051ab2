package org.knime.core.data;

/** Compile-only surface of KNIME's {@code DataColumnDomain} (type only); see README. */
public final class DataColumnDomain {

    private DataColumnDomain() {
        throw new UnsupportedOperationException();
    }
}
