package io.spikemix.knime.base.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Adapts KNIME's {@code ModelContentWO}/{@code ModelContentRO} to {@link ConfigSink}/{@link ConfigSource}. */
public final class ModelContentConfig {

    private ModelContentConfig() {
    }

    /** A sink writing into {@code model}. */
    public static ConfigSink writer(ModelContentWO model) {
        return new ConfigSink() {
            @Override
            public void putString(String key, String value) {
                model.addString(key, value);
            }

            @Override
            public void putInt(String key, int value) {
                model.addInt(key, value);
            }

            @Override
            public void putDouble(String key, double value) {
                model.addDouble(key, value);
            }

            @Override
            public void putDoubleArray(String key, double[] values) {
                model.addDoubleArray(key, values);
            }

            @Override
            public void putStringArray(String key, String[] values) {
                model.addStringArray(key, values);
            }

            @Override
            public ConfigSink putChild(String key) {
                return writer(model.addModelContent(key));
            }
        };
    }

    /** A source reading from {@code model}; KNIME's InvalidSettingsException becomes a ConfigException. */
    public static ConfigSource reader(ModelContentRO model) {
        return new ConfigSource() {
            @Override
            public String getString(String key) throws ConfigException {
                try {
                    return model.getString(key);
                } catch (InvalidSettingsException e) {
                    throw new ConfigException(e.getMessage(), e);
                }
            }

            @Override
            public int getInt(String key) throws ConfigException {
                try {
                    return model.getInt(key);
                } catch (InvalidSettingsException e) {
                    throw new ConfigException(e.getMessage(), e);
                }
            }

            @Override
            public double getDouble(String key) throws ConfigException {
                try {
                    return model.getDouble(key);
                } catch (InvalidSettingsException e) {
                    throw new ConfigException(e.getMessage(), e);
                }
            }

            @Override
            public double[] getDoubleArray(String key) throws ConfigException {
                try {
                    return model.getDoubleArray(key);
                } catch (InvalidSettingsException e) {
                    throw new ConfigException(e.getMessage(), e);
                }
            }

            @Override
            public String[] getStringArray(String key) throws ConfigException {
                try {
                    return model.getStringArray(key);
                } catch (InvalidSettingsException e) {
                    throw new ConfigException(e.getMessage(), e);
                }
            }

            @Override
            public boolean contains(String key) {
                return model.containsKey(key);
            }

            @Override
            public ConfigSource getChild(String key) throws ConfigException {
                try {
                    return reader(model.getModelContent(key));
                } catch (InvalidSettingsException e) {
                    throw new ConfigException(e.getMessage(), e);
                }
            }
        };
    }
}
