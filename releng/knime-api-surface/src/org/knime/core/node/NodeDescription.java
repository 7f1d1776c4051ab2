package org.knime.core.node;

/** Compile-only surface of KNIME's {@code NodeDescription} (types only); see README. */
public abstract class NodeDescription {

    private NodeDescription() {
        throw new UnsupportedOperationException();
    }

    /** A link shown in a node's description. */
    public static final class DescriptionLink {

        private DescriptionLink() {
            throw new UnsupportedOperationException();
        }
    }
}
