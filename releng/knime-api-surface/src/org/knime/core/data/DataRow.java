package org.knime.core.data;

import java.util.stream.Stream;

/** Compile-only surface of KNIME's {@code DataRow}; see README. */
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(final int index);

    default Stream<DataCell> stream() {
        throw new UnsupportedOperationException();
    }
}
