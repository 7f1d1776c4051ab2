package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** Compile-only surface of KNIME's {@code SettingsModelLongBounded}; see README. */
public class SettingsModelLongBounded extends SettingsModelLong {

    public SettingsModelLongBounded(final String configName, final long defaultValue, final long minValue,
        final long maxValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException();
    }

    protected SettingsModelLongBounded createClone() {
        throw new UnsupportedOperationException();
    }

    public long getLowerBound() {
        throw new UnsupportedOperationException();
    }

    public long getUpperBound() {
        throw new UnsupportedOperationException();
    }

    protected void validateValue(final long value) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public void setLongValue(final long newValue) {
        throw new UnsupportedOperationException();
    }

}
