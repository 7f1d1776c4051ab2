package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;
import org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration;

/** Compile-only surface of KNIME's {@code SettingsModelColumnFilter2}; see README. */
public final class SettingsModelColumnFilter2 extends SettingsModel {

    public SettingsModelColumnFilter2(final String configName) {
        throw new UnsupportedOperationException();
    }

    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
        throw new UnsupportedOperationException();
    }

    public SettingsModelColumnFilter2(final String configName, final boolean enableTypeFilter,
        final Class<? extends DataValue>... allowedTypes) {
        throw new UnsupportedOperationException();
    }

    public SettingsModelColumnFilter2(final String configName, final InputFilter<DataColumnSpec> filter,
        final int filterEnableMask) {
        throw new UnsupportedOperationException();
    }

    protected SettingsModelColumnFilter2 createClone() {
        throw new UnsupportedOperationException();
    }

    protected String getModelTypeID() {
        throw new UnsupportedOperationException();
    }

    protected String getConfigName() {
        throw new UnsupportedOperationException();
    }

    public void loadDefaults(final DataTableSpec spec) {
        throw new UnsupportedOperationException();
    }

    public void loadDefaults(final DataTableSpec spec, final InputFilter<DataColumnSpec> filter,
        final boolean filterDefinesIncludeList) {
        throw new UnsupportedOperationException();
    }

    protected DataColumnSpecFilterConfiguration getFilterConfiguration() {
        throw new UnsupportedOperationException();
    }

    protected InputFilter<DataColumnSpec> getColumnFilter() {
        throw new UnsupportedOperationException();
    }

    protected void setFilterConfiguration(final DataColumnSpecFilterConfiguration conf) {
        throw new UnsupportedOperationException();
    }

    public FilterResult applyTo(final DataTableSpec inSpec) {
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
