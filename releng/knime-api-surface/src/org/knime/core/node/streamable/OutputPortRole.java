package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code OutputPortRole}; see README. */
public final class OutputPortRole extends PortRole {

    public static final OutputPortRole DISTRIBUTED = null;

    public static final OutputPortRole NONDISTRIBUTED = null;

    private OutputPortRole() {
        throw new UnsupportedOperationException();
    }
}
