package org.knime.core.node.streamable;

import org.knime.core.node.ExecutionContext;

/** Compile-only surface of KNIME's {@code StreamableOperator}; see README. */
public abstract class StreamableOperator {

    public abstract void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
        throws Exception;

    public void runIntermediate(final PortInput[] inputs, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException();
    }

    public void loadInternals(final StreamableOperatorInternals internals) {
        throw new UnsupportedOperationException();
    }

    public StreamableOperatorInternals saveInternals() {
        throw new UnsupportedOperationException();
    }
}
