package org.knime.core.node.workflow;

/** Compile-only surface of KNIME's {@code FlowVariable} (types only); see README. */
public final class FlowVariable extends FlowObject {

    private FlowVariable() {
        throw new UnsupportedOperationException();
    }

    /** Legacy variable types (constants are not part of this surface). */
    public enum Type {
    }
}
