package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code SettingsModelColumnName}; see README. */
public class SettingsModelColumnName extends SettingsModelString {

    public SettingsModelColumnName(final String configName, final String defaultValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException();
    }

    protected SettingsModelColumnName createClone() {
        throw new UnsupportedOperationException();
    }

    protected String getConfigName() {
        throw new UnsupportedOperationException();
    }

    public void setSelection(final String columnName, final boolean useRowID) {
        throw new UnsupportedOperationException();
    }

    public boolean useRowID() {
        throw new UnsupportedOperationException();
    }

    public String getColumnName() {
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
