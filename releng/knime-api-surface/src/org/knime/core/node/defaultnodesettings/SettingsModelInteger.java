package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/** Compile-only surface of KNIME's {@code SettingsModelInteger}; see README. */
public class SettingsModelInteger extends SettingsModelNumber implements SettingsModelFlowVariableCompatible {

    public SettingsModelInteger(final String configName, final int defaultValue) {
        throw new UnsupportedOperationException();
    }

    protected SettingsModelInteger createClone() {
        throw new UnsupportedOperationException();
    }

    protected String getModelTypeID() {
        throw new UnsupportedOperationException();
    }

    protected String getConfigName() {
        throw new UnsupportedOperationException();
    }

    public void setIntValue(final int newValue) {
        throw new UnsupportedOperationException();
    }

    public int getIntValue() {
        throw new UnsupportedOperationException();
    }

    protected void validateValue(final int value) throws InvalidSettingsException {
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
