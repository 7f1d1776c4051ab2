package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Compile-only surface of KNIME's {@code SettingsModelDoubleBounded}; see README. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException();
    }

    protected SettingsModelDoubleBounded createClone() {
        throw new UnsupportedOperationException();
    }

    public double getLowerBound() {
        throw new UnsupportedOperationException();
    }

    public double getUpperBound() {
        throw new UnsupportedOperationException();
    }

    protected void validateValue(final double value) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public void setDoubleValue(final double newValue) {
        throw new UnsupportedOperationException();
    }

}
