package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code InputPortRole}; see README. */
public final class InputPortRole extends PortRole {

    public static final InputPortRole DISTRIBUTED_STREAMABLE = null;

    public static final InputPortRole DISTRIBUTED_NONSTREAMABLE = null;

    public static final InputPortRole NONDISTRIBUTED_STREAMABLE = null;

    public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = null;

    private InputPortRole() {
        throw new UnsupportedOperationException();
    }

    public boolean isStreamable() {
        throw new UnsupportedOperationException();
    }

    public static InputPortRole get(final boolean isDistributable, final boolean isStreamable) {
        throw new UnsupportedOperationException();
    }
}
