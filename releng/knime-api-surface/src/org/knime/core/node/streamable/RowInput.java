package org.knime.core.node.streamable;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Compile-only surface of KNIME's {@code RowInput}; see README. */
public abstract class RowInput extends PortInput {

    public abstract DataTableSpec getDataTableSpec();

    public abstract DataRow poll() throws InterruptedException;

    public abstract void close();
}
