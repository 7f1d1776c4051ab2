package org.knime.core.node.defaultnodesettings;

import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code SettingsModel}; see README. */
public abstract class SettingsModel {

    public static final String CFGKEY_INTERNAL = "_Internals";

    public SettingsModel() {
        throw new UnsupportedOperationException();
    }

    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected abstract <T extends SettingsModel> T createClone();

    protected abstract String getModelTypeID();

    protected abstract String getConfigName();

    protected abstract void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException;

    protected abstract void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException;

    public void addChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException();
    }

    protected void prependChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException();
    }

    public void removeChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException();
    }

    protected void notifyChangeListeners() {
        throw new UnsupportedOperationException();
    }

    public void setEnabled(final boolean enabled) {
        throw new UnsupportedOperationException();
    }

    public boolean isEnabled() {
        throw new UnsupportedOperationException();
    }

    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected abstract void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected abstract void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException();
    }

    protected abstract void saveSettingsForModel(final NodeSettingsWO settings);

    public abstract String toString();
}
