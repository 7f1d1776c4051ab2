package io.spikemix.knime.base.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@link ConfigSink} and {@link ConfigSource} over an in-memory map, with the same missing-key and wrong-type
 * behaviour as KNIME's configs. Used to test save/load logic without KNIME.
 */
public final class MemoryConfig implements ConfigSink, ConfigSource {

    private final Map<String, Object> values = new LinkedHashMap<>();

    @Override
    public void putString(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void putInt(String key, int value) {
        values.put(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
        values.put(key, value);
    }

    @Override
    public void putDoubleArray(String key, double[] v) {
        values.put(key, v == null ? null : v.clone());
    }

    @Override
    public void putStringArray(String key, String[] v) {
        values.put(key, v == null ? null : v.clone());
    }

    @Override
    public MemoryConfig putChild(String key) {
        MemoryConfig c = new MemoryConfig();
        values.put(key, c);
        return c;
    }

    /** The keys written so far, in order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** Removes a key (to simulate an incomplete saved model). */
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public String getString(String key) throws ConfigException {
        return get(key, String.class);
    }

    @Override
    public int getInt(String key) throws ConfigException {
        return get(key, Integer.class);
    }

    @Override
    public double getDouble(String key) throws ConfigException {
        return get(key, Double.class);
    }

    @Override
    public double[] getDoubleArray(String key) throws ConfigException {
        double[] v = get(key, double[].class);
        return v == null ? null : v.clone();
    }

    @Override
    public String[] getStringArray(String key) throws ConfigException {
        String[] v = get(key, String[].class);
        return v == null ? null : v.clone();
    }

    @Override
    public boolean contains(String key) {
        return values.containsKey(key);
    }

    @Override
    public MemoryConfig getChild(String key) throws ConfigException {
        MemoryConfig c = get(key, MemoryConfig.class);
        if (c == null) {
            throw new ConfigException("Config for key \"" + key + "\" not found.");
        }
        return c;
    }

    private <T> T get(String key, Class<T> type) throws ConfigException {
        if (!values.containsKey(key)) {
            throw new ConfigException("Config for key \"" + key + "\" not found.");
        }
        Object v = values.get(key);
        if (v != null && !type.isInstance(v)) {
            throw new ConfigException("Config for key \"" + key + "\" holds a " + v.getClass().getSimpleName()
                    + ", expected " + type.getSimpleName() + ".");
        }
        return type.cast(v);
    }
}
