package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code PortOutput}; see README. */
public abstract class PortOutput {

    public void setInactive() {
        throw new UnsupportedOperationException();
    }
}
