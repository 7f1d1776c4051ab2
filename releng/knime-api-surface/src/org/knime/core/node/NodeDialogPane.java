package org.knime.core.node;

import java.awt.Component;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.defaultnodesettings.SettingsModelFlowVariableCompatible;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.CredentialsProvider;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.VariableType;

/** Compile-only surface of KNIME's {@code NodeDialogPane}; see README. */
public abstract class NodeDialogPane {

    protected NodeDialogPane() {
        throw new UnsupportedOperationException();
    }

    protected final NodeLogger getLogger() {
        throw new UnsupportedOperationException();
    }

    public final JPanel getPanel() {
        throw new UnsupportedOperationException();
    }

    public final boolean isWriteProtected() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public final Map<String, FlowVariable> getAvailableFlowVariables() {
        throw new UnsupportedOperationException();
    }

    public final Map<String, FlowVariable> getAvailableFlowVariables(final VariableType<?>[] types) {
        throw new UnsupportedOperationException();
    }

    public Map<String, FlowVariable> getAvailableFlowVariables(final VariableType<?> type,
        final VariableType<?>... otherTypes) {
        throw new UnsupportedOperationException();
    }

    public final Collection<String> getCredentialsNames() {
        throw new UnsupportedOperationException();
    }

    protected final CredentialsProvider getCredentialsProvider() {
        throw new UnsupportedOperationException();
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    public void onCancel() {
        throw new UnsupportedOperationException();
    }

    public void onClose() {
        throw new UnsupportedOperationException();
    }

    public void onOpen() {
        throw new UnsupportedOperationException();
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;

    protected final void addTab(final String title, final Component comp) {
        throw new UnsupportedOperationException();
    }

    protected final void addTab(final String title, final Component comp, final boolean wrapInScrollPane) {
        throw new UnsupportedOperationException();
    }

    protected final int addTabAt(final int index, final String title, final Component comp) {
        throw new UnsupportedOperationException();
    }

    protected final int addTabAt(final int index, final String title, final Component comp,
        final boolean wrapInScrollPane) {
        throw new UnsupportedOperationException();
    }

    protected final void renameTab(final String oldName, final String newName) {
        throw new UnsupportedOperationException();
    }

    protected void setToolTip(final String toolTipText, final String tabTitle) {
        throw new UnsupportedOperationException();
    }

    protected final void setEnabled(final boolean enabled, final String tabTitle) {
        throw new UnsupportedOperationException();
    }

    protected final boolean setSelected(final String tabTitle) {
        throw new UnsupportedOperationException();
    }

    protected final Component getTab(final String title) {
        throw new UnsupportedOperationException();
    }

    protected final void removeTab(final String name) {
        throw new UnsupportedOperationException();
    }

    protected final int getTabIndex(final String title) {
        throw new UnsupportedOperationException();
    }

    protected final List<String> getTabTitles() {
        throw new UnsupportedOperationException();
    }

    public boolean closeOnESC() {
        throw new UnsupportedOperationException();
    }

    public FlowVariableModel createFlowVariableModel(final String key, final VariableType<?> type) {
        throw new UnsupportedOperationException();
    }

    public FlowVariableModel createFlowVariableModel(final String[] keys, final VariableType<?> type) {
        throw new UnsupportedOperationException();
    }

    protected FlowVariableModel createFlowVariableModel(final SettingsModelFlowVariableCompatible dc) {
        throw new UnsupportedOperationException();
    }
}
