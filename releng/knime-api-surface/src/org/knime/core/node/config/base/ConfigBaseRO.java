package org.knime.core.node.config.base;

import java.util.Iterator;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/** Compile-only surface of KNIME's {@code ConfigBaseRO} (bundle org.knime.core.util); see README. */
public interface ConfigBaseRO extends Iterable<String> {

    public String getKey();

    public int getInt(final String key) throws InvalidSettingsException;

    public double getDouble(final String key) throws InvalidSettingsException;

    public long getLong(final String key) throws InvalidSettingsException;

    public String getString(final String key) throws InvalidSettingsException;

    public Set<String> keySet();

    public boolean containsKey(final String key);

    public boolean getBoolean(final String key) throws InvalidSettingsException;

    public int getInt(final String key, final int def);

    public int[] getIntArray(final String key) throws InvalidSettingsException;

    public int[] getIntArray(final String key, final int... def);

    public double getDouble(final String key, final double def);

    public double[] getDoubleArray(final String key) throws InvalidSettingsException;

    public double[] getDoubleArray(final String key, final double... def);

    public long[] getLongArray(final String key) throws InvalidSettingsException;

    public long[] getLongArray(final String key, final long... def);

    public long getLong(final String key, final long def);

    public boolean getBoolean(final String key, final boolean def);

    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException;

    public boolean[] getBooleanArray(final String key, final boolean... def);

    public String getString(final String key, final String def);

    public String[] getStringArray(final String key) throws InvalidSettingsException;

    public String[] getStringArray(final String key, final String... def);

    public Iterator<String> iterator();
}
