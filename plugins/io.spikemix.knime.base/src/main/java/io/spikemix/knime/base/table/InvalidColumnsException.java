package io.spikemix.knime.base.table;

/**
 * The columns of a table do not fit what a node needs (missing, not numeric, none selected); the message says
 * which columns and how to fix it. Nodes report it as KNIME's InvalidSettingsException.
 */
public final class InvalidColumnsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidColumnsException(String message) {
        super(message);
    }
}
