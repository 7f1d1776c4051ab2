package org.knime.core.data.container;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/** Compile-only surface of KNIME's {@code AbstractCellFactory}; see README. */
public abstract class AbstractCellFactory implements CellFactory {

    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException();
    }

    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException();
    }

    public AbstractCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException();
    }

    public DataColumnSpec[] getColumnSpecs() {
        throw new UnsupportedOperationException();
    }

    public void afterProcessing() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey, final ExecutionMonitor exec) {
        throw new UnsupportedOperationException();
    }

    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        throw new UnsupportedOperationException();
    }

}
