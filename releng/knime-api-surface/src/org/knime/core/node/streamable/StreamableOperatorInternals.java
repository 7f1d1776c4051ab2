package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code StreamableOperatorInternals} (type only); see README. */
public abstract class StreamableOperatorInternals {

    private StreamableOperatorInternals() {
        throw new UnsupportedOperationException();
    }
}
