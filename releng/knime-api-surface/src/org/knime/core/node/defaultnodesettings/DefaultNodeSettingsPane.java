package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code DefaultNodeSettingsPane}; see README. */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    public DefaultNodeSettingsPane() {
        throw new UnsupportedOperationException();
    }

    public void setDefaultTabTitle(final String tabTitle) {
        throw new UnsupportedOperationException();
    }

    public void createNewTabAt(final String tabTitle, final int index) {
        throw new UnsupportedOperationException();
    }

    public void createNewTab(final String tabTitle) {
        throw new UnsupportedOperationException();
    }

    public void selectTab(final String tabTitle) {
        throw new UnsupportedOperationException();
    }

    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException();
    }

    public void closeCurrentGroup() {
        throw new UnsupportedOperationException();
    }

    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException();
    }

    public void setHorizontalPlacement(final boolean horizontal) {
        throw new UnsupportedOperationException();
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings,
        final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings,
        final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings,
        final DataTableSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

}
