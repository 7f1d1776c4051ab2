package org.knime.core.node;

/** Compile-only surface of KNIME's {@code FlowVariableModel} (type only); see README. */
public class FlowVariableModel {

    private FlowVariableModel() {
        throw new UnsupportedOperationException();
    }
}
