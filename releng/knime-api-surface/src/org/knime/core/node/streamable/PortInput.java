package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code PortInput}; see README. */
public abstract class PortInput {

    public boolean isInactive() throws InterruptedException {
        throw new UnsupportedOperationException();
    }
}
