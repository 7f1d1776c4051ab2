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

/** Compile-only surface of KNIME's {@code DoubleCell}; see README. */
public final class DoubleCell extends DataCell implements DoubleValue, ComplexNumberValue, FuzzyNumberValue,
    FuzzyIntervalValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = null;

    public DoubleCell(final double d) {
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

    /** Factory for double cells. */
    public static final class DoubleCellFactory implements FromSimpleString, FromComplexString {

        public static final DataType TYPE = null;

        public static DataCell create(final int i) {
            throw new UnsupportedOperationException();
        }

        public static DataCell create(final long l) {
            throw new UnsupportedOperationException();
        }

        public static DataCell create(final String s) {
            throw new UnsupportedOperationException();
        }

        public static DataCell create(final float f) {
            throw new UnsupportedOperationException();
        }

        public static DataCell create(final double d) {
            throw new UnsupportedOperationException();
        }

    }
}
