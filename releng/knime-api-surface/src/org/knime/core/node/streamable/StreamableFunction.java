package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code StreamableFunction} (type only); see README. */
public abstract class StreamableFunction extends StreamableOperator {

    StreamableFunction() {
        throw new UnsupportedOperationException();
    }
}
