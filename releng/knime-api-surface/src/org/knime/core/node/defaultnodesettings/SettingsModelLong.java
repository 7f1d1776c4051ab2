package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code SettingsModelLong}; see README. */
public class SettingsModelLong extends SettingsModelNumber {

    public SettingsModelLong(final String configName, final long defaultValue) {
        throw new UnsupportedOperationException();
    }

    public void setLongValue(final long value) {
        throw new UnsupportedOperationException();
    }

    public long getLongValue() {
        throw new UnsupportedOperationException();
    }

    protected String getConfigName() {
        throw new UnsupportedOperationException();
    }

    protected SettingsModelLong createClone() {
        throw new UnsupportedOperationException();
    }

    protected String getModelTypeID() {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    protected void validateValue(final long value) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected void loadSettingsForDialog(final NodeSettingsRO settings,
        final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException();
    }

    String getNumberValueStr() {
        throw new UnsupportedOperationException();
    }

    void setNumberValueStr(final String newValueStr) {
        throw new UnsupportedOperationException();
    }
}
