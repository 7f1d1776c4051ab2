package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;

/** Compile-only surface of KNIME's {@code RowOutput}; see README. */
public abstract class RowOutput extends PortOutput {

    public abstract void push(final DataRow row) throws InterruptedException;

    public void setFully(final BufferedDataTable table) throws InterruptedException {
        throw new UnsupportedOperationException();
    }

    public abstract void close() throws InterruptedException;
}
