package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code PortRole} (type only); see README. */
public class PortRole {

    PortRole() {
        throw new UnsupportedOperationException();
    }
}
