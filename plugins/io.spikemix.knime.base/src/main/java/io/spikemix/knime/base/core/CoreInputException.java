package io.spikemix.knime.base.core;

/**
 * Input a node core cannot work with (a missing or non-numeric column, a non-finite cell, K larger than the number
 * of rows): the message names the column, row or setting and what was expected, and the KNIME adapter shows it as
 * the node's error.
 */
public final class CoreInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public CoreInputException(String message) {
        super(message);
    }

    public CoreInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
