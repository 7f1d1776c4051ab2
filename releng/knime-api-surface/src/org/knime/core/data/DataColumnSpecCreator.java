package org.knime.core.data;

/** Compile-only surface of KNIME's {@code DataColumnSpecCreator}; see README. */
public final class DataColumnSpecCreator {

    public DataColumnSpecCreator(final String name, final DataType type) {
        throw new UnsupportedOperationException();
    }

    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        throw new UnsupportedOperationException();
    }

    public void setName(final String name) {
        throw new UnsupportedOperationException();
    }

    public void setElementNames(final String[] elNames) {
        throw new UnsupportedOperationException();
    }

    public void setType(final DataType type) {
        throw new UnsupportedOperationException();
    }

    public void setDomain(final DataColumnDomain domain) {
        throw new UnsupportedOperationException();
    }

    public void setProperties(final DataColumnProperties props) {
        throw new UnsupportedOperationException();
    }

    public DataType getType() {
        throw new UnsupportedOperationException();
    }

    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException();
    }

}
