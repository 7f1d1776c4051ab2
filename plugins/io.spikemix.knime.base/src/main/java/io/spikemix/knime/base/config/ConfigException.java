package io.spikemix.knime.base.config;

/** A saved model or setting is missing a key or holds a value that cannot be used; the message says which. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
