package org.knime.core.data;

/** Compile-only surface of KNIME's {@code RowKey}; see README. */
public final class RowKey implements RowKeyValue {

    public RowKey(final String id) {
        throw new UnsupportedOperationException();
    }

    public String getString() {
        throw new UnsupportedOperationException();
    }

    public RowKey materializeRowKey() {
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

    public static String[] toStrings(final RowKey... rowKeys) {
        throw new UnsupportedOperationException();
    }

    public static RowKey[] toRowKeys(final String... strs) {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public static RowKey createRowKey(final int rowIndex) {
        throw new UnsupportedOperationException();
    }

    public static RowKey createRowKey(final long rowIndex) {
        throw new UnsupportedOperationException();
    }
}
