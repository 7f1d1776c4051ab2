package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code SettingsModelBoolean}; see README. */
public class SettingsModelBoolean extends SettingsModel {

    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
        throw new UnsupportedOperationException();
    }

    protected SettingsModelBoolean createClone() {
        throw new UnsupportedOperationException();
    }

    protected String getModelTypeID() {
        throw new UnsupportedOperationException();
    }

    public String getConfigName() {
        throw new UnsupportedOperationException();
    }

    public void setBooleanValue(final boolean newValue) {
        throw new UnsupportedOperationException();
    }

    public boolean getBooleanValue() {
        throw new UnsupportedOperationException();
    }

    public String toString() {
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

}
