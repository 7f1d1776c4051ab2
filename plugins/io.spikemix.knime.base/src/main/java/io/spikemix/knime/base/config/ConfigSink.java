package io.spikemix.knime.base.config;

/**
 * Where a model writes its state, key by key. Pure Java so that what a port object saves can be unit-tested
 * without KNIME; {@link ModelContentConfig} writes into KNIME's {@code ModelContentWO}, {@link MemoryConfig}
 * into a map.
 */
public interface ConfigSink {

    void putString(String key, String value);

    void putInt(String key, int value);

    void putDouble(String key, double value);

    void putDoubleArray(String key, double[] values);

    void putStringArray(String key, String[] values);

    /**
     * A new, empty nested config under {@code key} (KNIME: a child model content), so that a part saved with the
     * same keys as its owner (e.g. an upstream model's column names) does not clash with them.
     */
    ConfigSink putChild(String key);
}
