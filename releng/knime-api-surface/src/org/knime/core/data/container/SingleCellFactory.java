package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;

/** Compile-only surface of KNIME's {@code SingleCellFactory}; see README. */
public abstract class SingleCellFactory extends AbstractCellFactory {

    public SingleCellFactory(final DataColumnSpec newColSpec) {
        super(newColSpec);
        throw new UnsupportedOperationException();
    }

    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        throw new UnsupportedOperationException();
    }

    public DataCell getCell(final DataRow row) {
        throw new UnsupportedOperationException();
    }

    public DataCell getCell(final DataRow row, final long rowIndex) {
        throw new UnsupportedOperationException();
    }

}
