package org.knime.core.node.context;

/** Compile-only surface of KNIME's {@code NodeCreationConfiguration} (type only); see README. */
public class NodeCreationConfiguration {

    private NodeCreationConfiguration() {
        throw new UnsupportedOperationException();
    }
}
