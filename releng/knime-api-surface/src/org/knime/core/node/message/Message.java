package org.knime.core.node.message;

/** Compile-only surface of KNIME's {@code Message} (type only); see README. */
public final class Message {

    private Message() {
        throw new UnsupportedOperationException();
    }
}
