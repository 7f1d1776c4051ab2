package org.knime.core.node;

/** Compile-only surface of KNIME's {@code InvalidSettingsException} (bundle org.knime.core.util); see README. */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String s) {
        throw new UnsupportedOperationException();
    }

    public InvalidSettingsException(final Throwable cause) {
        throw new UnsupportedOperationException();
    }

    public InvalidSettingsException(final String msg, final Throwable cause) {
        throw new UnsupportedOperationException();
    }
}
