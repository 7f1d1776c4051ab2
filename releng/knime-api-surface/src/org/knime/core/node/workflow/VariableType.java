package org.knime.core.node.workflow;

/** Compile-only surface of KNIME's {@code VariableType} (type only); see README. */
public abstract class VariableType<T> {

    private VariableType() {
        throw new UnsupportedOperationException();
    }
}
