package org.knime.core.data;

/** Compile-only surface of KNIME's {@code DataTable}; see README. */
public interface DataTable extends Iterable<DataRow> {

    DataTableSpec getDataTableSpec();

    RowIterator iterator();
}
