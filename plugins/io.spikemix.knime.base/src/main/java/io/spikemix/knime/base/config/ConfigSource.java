package io.spikemix.knime.base.config;

/**
 * Where a model reads its state back from, key by key. Every getter throws {@link ConfigException} naming the key
 * when it is missing or has the wrong type.
 */
public interface ConfigSource {

    String getString(String key) throws ConfigException;

    int getInt(String key) throws ConfigException;

    double getDouble(String key) throws ConfigException;

    double[] getDoubleArray(String key) throws ConfigException;

    String[] getStringArray(String key) throws ConfigException;

    /** Whether an entry or nested config is stored under {@code key}; optional parts test it before reading. */
    boolean contains(String key);

    /** The nested config {@link ConfigSink#putChild} wrote under {@code key}. */
    ConfigSource getChild(String key) throws ConfigException;
}
