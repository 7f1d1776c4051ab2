package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/** Compile-only surface of KNIME's {@code SettingsModelDouble}; see README. */
public class SettingsModelDouble extends SettingsModelNumber implements SettingsModelFlowVariableCompatible {

    public SettingsModelDouble(final String configName, final double defaultValue) {
        throw new UnsupportedOperationException();
    }

    protected SettingsModelDouble createClone() {
        throw new UnsupportedOperationException();
    }

    protected String getModelTypeID() {
        throw new UnsupportedOperationException();
    }

    protected String getConfigName() {
        throw new UnsupportedOperationException();
    }

    public void setDoubleValue(final double newValue) {
        throw new UnsupportedOperationException();
    }

    public double getDoubleValue() {
        throw new UnsupportedOperationException();
    }

    protected void validateValue(final double value) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    public String getKey() {
        throw new UnsupportedOperationException();
    }

    public FlowVariable.Type getFlowVariableType() {
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
