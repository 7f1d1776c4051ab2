package org.knime.core.data;

import java.util.Iterator;

/** Compile-only surface of KNIME's {@code RowIterator}; see README. */
public abstract class RowIterator implements Iterator<DataRow> {

    public abstract boolean hasNext();

    public abstract DataRow next();

    public final void remove() {
        throw new UnsupportedOperationException();
    }
}
