package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory.FromComplexString;
import org.knime.core.data.DataCellFactory.FromInputStream;
import org.knime.core.data.DataCellFactory.FromReader;
import org.knime.core.data.DataCellFactory.FromSimpleString;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/** Compile-only surface of KNIME's {@code StringCell}; see README. */
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = null;

    public StringCell(final String str) {
        throw new UnsupportedOperationException();
    }

    public String getStringValue() {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    /** Factory for string cells. */
    public static final class StringCellFactory implements FromSimpleString, FromComplexString, FromReader,
        FromInputStream {

        public static final DataType TYPE = null;

        public DataCell createCell(final String s) {
            throw new UnsupportedOperationException();
        }

        public DataType getDataType() {
            throw new UnsupportedOperationException();
        }

        public static DataCell create(final String s) {
            throw new UnsupportedOperationException();
        }

    }
}
