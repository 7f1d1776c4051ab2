package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Compile-only surface of KNIME's {@code SettingsModelIntegerBounded}; see README. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException();
    }

    protected SettingsModelIntegerBounded createClone() {
        throw new UnsupportedOperationException();
    }

    public int getLowerBound() {
        throw new UnsupportedOperationException();
    }

    public int getUpperBound() {
        throw new UnsupportedOperationException();
    }

    protected void validateValue(final int value) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public void setIntValue(final int newValue) {
        throw new UnsupportedOperationException();
    }

}
