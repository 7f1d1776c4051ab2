package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code DialogComponent}; see README. */
public abstract class DialogComponent {

    public DialogComponent(final SettingsModel model) {
        throw new UnsupportedOperationException();
    }

    public JPanel getComponentPanel() {
        throw new UnsupportedOperationException();
    }

    public final SettingsModel getModel() {
        throw new UnsupportedOperationException();
    }

    protected final PortObjectSpec getLastTableSpec(final int portID) {
        throw new UnsupportedOperationException();
    }

    protected final PortObjectSpec[] getLastTableSpecs() {
        throw new UnsupportedOperationException();
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings,
        final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    protected abstract void updateComponent();

    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    protected abstract void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs)
        throws NotConfigurableException;

    @Deprecated
    public final void setEnabled(final boolean enabled) {
        throw new UnsupportedOperationException();
    }

    protected abstract void setEnabledComponents(final boolean enabled);

    public abstract void setToolTipText(final String text);
}
