package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory.FromComplexString;
import org.knime.core.data.DataCellFactory.FromSimpleString;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

/** Compile-only surface of KNIME's {@code IntCell}; see README. */
public class IntCell extends DataCell implements IntValue, LongValue, DoubleValue, ComplexNumberValue,
    FuzzyNumberValue, FuzzyIntervalValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = null;

    public IntCell(final int i) {
        throw new UnsupportedOperationException();
    }

    public int getIntValue() {
        throw new UnsupportedOperationException();
    }

    public long getLongValue() {
        throw new UnsupportedOperationException();
    }

    public double getDoubleValue() {
        throw new UnsupportedOperationException();
    }

    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    /** Factory for int cells. */
    public static final class IntCellFactory implements FromSimpleString, FromComplexString {

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

        public static DataCell create(final int i) {
            throw new UnsupportedOperationException();
        }

    }
}
