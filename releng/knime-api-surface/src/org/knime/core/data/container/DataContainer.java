package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;

/** Compile-only surface of KNIME's {@code DataContainer}; see README. */
public class DataContainer implements RowAppender, RowFlushable {

    public DataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException();
    }

    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        throw new UnsupportedOperationException();
    }

    public DataContainer(final DataTableSpec spec, final DataContainerSettings settings) {
        throw new UnsupportedOperationException();
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException();
    }

    public void flushRows() {
        throw new UnsupportedOperationException();
    }

    public DataTable getTable() {
        throw new UnsupportedOperationException();
    }

    public void close() {
        throw new UnsupportedOperationException();
    }

    public boolean isClosed() {
        throw new UnsupportedOperationException();
    }

    public boolean isOpen() {
        throw new UnsupportedOperationException();
    }

    public long size() {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec getTableSpec() {
        throw new UnsupportedOperationException();
    }

}
