package io.spikemix.knime.base.core;

/**
 * The kinds of cell a node core writes; the KNIME adapter maps them to cell types (IntCell, LongCell,
 * DoubleCell, StringCell). Values travel as {@code Integer}, {@code Long}, {@code Double}, {@code String};
 * {@code null} and non-finite doubles are missing cells.
 */
public enum CellKind {
    INT(Integer.class),
    LONG(Long.class),
    DOUBLE(Double.class),
    STRING(String.class);

    private final Class<?> valueClass;

    CellKind(Class<?> valueClass) {
        this.valueClass = valueClass;
    }

    /** Whether {@code value} may stand in a column of this kind (null: a missing cell, always). */
    public boolean admits(Object value) {
        return value == null || valueClass.isInstance(value);
    }
}
