package org.knime.core.node.message;

/** Compile-only surface of KNIME's {@code MessageBuilder} (type only); see README. */
public final class MessageBuilder {

    private MessageBuilder() {
        throw new UnsupportedOperationException();
    }
}
