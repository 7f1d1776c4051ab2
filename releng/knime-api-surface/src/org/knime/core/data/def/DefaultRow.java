package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Compile-only surface of KNIME's {@code DefaultRow}; see README. */
public class DefaultRow implements DataRow {

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final String rowId, final DataCell... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final String rowId, final List<DataCell> row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final RowKey rowKey, final double... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final String rowId, final double... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final String rowId, final int... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final RowKey rowKey, final int... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final String rowId, final String... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final RowKey rowKey, final String... row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final String rowId, final DataRow row) {
        throw new UnsupportedOperationException();
    }

    public DefaultRow(final RowKey key, final DataRow row) {
        throw new UnsupportedOperationException();
    }

    public final int getNumCells() {
        throw new UnsupportedOperationException();
    }

    public final RowKey getKey() {
        throw new UnsupportedOperationException();
    }

    public final DataCell getCell(final int index) {
        throw new UnsupportedOperationException();
    }

    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    public boolean equals(final Object obj) {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

}
