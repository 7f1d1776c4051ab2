package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/** Compile-only surface of KNIME's {@code CellFactory}; see README. */
public interface CellFactory {

    default DataCell[] getCells(final DataRow row) {
        throw new UnsupportedOperationException();
    }

    default DataCell[] getCells(final DataRow row, final long rowIndex) {
        throw new UnsupportedOperationException();
    }

    DataColumnSpec[] getColumnSpecs();

    @Deprecated
    void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey, final ExecutionMonitor exec);

    default void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        throw new UnsupportedOperationException();
    }
}
