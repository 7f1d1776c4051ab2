package org.knime.core.node.workflow;

/** Compile-only surface of KNIME's {@code FlowObject} (type only); see README. */
abstract class FlowObject implements Cloneable {

    FlowObject() {
        throw new UnsupportedOperationException();
    }
}
