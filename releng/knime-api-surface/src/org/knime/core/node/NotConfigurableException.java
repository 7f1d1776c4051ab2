package org.knime.core.node;

/** Compile-only surface of KNIME's {@code NotConfigurableException}; see README. */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    public NotConfigurableException(final String message) {
        throw new UnsupportedOperationException();
    }

    public NotConfigurableException(final String message, final Throwable cause) {
        throw new UnsupportedOperationException();
    }
}
