package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;
import org.knime.core.data.v2.RowCursor;

/** Compile-only surface of KNIME's {@code CloseableRowIterator}; see README. */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    public static CloseableRowIterator empty() {
        throw new UnsupportedOperationException();
    }

    public static CloseableRowIterator wrap(final Iterator<? extends DataRow> delegate) {
        throw new UnsupportedOperationException();
    }

    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        throw new UnsupportedOperationException();
    }

    public static CloseableRowIterator from(final RowCursor cursor) {
        throw new UnsupportedOperationException();
    }

    public static CloseableRowIterator from(final Iterator<? extends DataRow> delegate,
        final AutoCloseable closeAction) {
        throw new UnsupportedOperationException();
    }

    public abstract void close();
}
