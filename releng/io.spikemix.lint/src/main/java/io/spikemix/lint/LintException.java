package io.spikemix.lint;

/** A file the lint needs cannot be read; the message names it. */
public final class LintException extends Exception {

    private static final long serialVersionUID = 1L;

    public LintException(String message) {
        super(message);
    }
}
