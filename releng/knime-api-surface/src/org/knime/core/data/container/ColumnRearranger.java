package org.knime.core.data.container;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.streamable.StreamableFunction;

/** Compile-only surface of KNIME's {@code ColumnRearranger}; see README. */
public class ColumnRearranger {

    public ColumnRearranger(final DataTableSpec original) {
        throw new UnsupportedOperationException();
    }

    public final void keepOnly(final int... colIndices) {
        throw new UnsupportedOperationException();
    }

    public final void keepOnly(final String... colNames) {
        throw new UnsupportedOperationException();
    }

    public final void remove(final int... colIndices) {
        throw new UnsupportedOperationException();
    }

    public final void remove(final String... colNames) {
        throw new UnsupportedOperationException();
    }

    public final int indexOf(final String colName) {
        throw new UnsupportedOperationException();
    }

    public final int getColumnCount() {
        throw new UnsupportedOperationException();
    }

    public final void move(final int from, final int to) {
        throw new UnsupportedOperationException();
    }

    public final void move(final String colName, final int to) {
        throw new UnsupportedOperationException();
    }

    public final void permute(final int[] colIndicesInOrder) {
        throw new UnsupportedOperationException();
    }

    public final void permute(final String[] colNamesInOrder) {
        throw new UnsupportedOperationException();
    }

    public final void insertAt(final int position, final CellFactory fac) {
        throw new UnsupportedOperationException();
    }

    public final void append(final CellFactory fac) {
        throw new UnsupportedOperationException();
    }

    public final void replace(final CellFactory newCol, final String colName) {
        throw new UnsupportedOperationException();
    }

    public final void replace(final CellFactory fac, final int... colIndex) {
        throw new UnsupportedOperationException();
    }

    public final DataTableSpec createSpec() {
        throw new UnsupportedOperationException();
    }

    public final StreamableFunction createStreamableFunction() {
        throw new UnsupportedOperationException();
    }

    public final StreamableFunction createStreamableFunction(final int inPortIdx, final int outPortIdx) {
        throw new UnsupportedOperationException();
    }

}
