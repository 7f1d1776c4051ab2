package org.knime.core.node.config.base;

/** Compile-only surface of KNIME's {@code ConfigBaseWO} (bundle org.knime.core.util); see README. */
public interface ConfigBaseWO {

    String getKey();

    public void addInt(final String key, final int value);

    public void addDouble(final String key, final double value);

    public void addLong(final String key, final long value);

    public void addString(final String key, final String value);

    public void addBoolean(final String key, final boolean value);

    public void addIntArray(final String key, final int... values);

    public void addDoubleArray(final String key, final double... values);

    public void addLongArray(final String key, final long... values);

    public void addBooleanArray(final String key, final boolean... values);

    public void addStringArray(final String key, final String... values);
}
