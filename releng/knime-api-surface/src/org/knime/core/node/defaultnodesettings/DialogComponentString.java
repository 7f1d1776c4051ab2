package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.FlowVariableModel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code DialogComponentString}; see README. */
public final class DialogComponentString extends DialogComponent {

    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int compWidth) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentString(final SettingsModelString stringModel, final String label,
        final boolean disallowEmptyString, final int compWidth, final FlowVariableModel fvm) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public void setSizeComponents(final int width, final int height) {
        throw new UnsupportedOperationException();
    }

    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException();
    }

    protected void updateComponent() {
        throw new UnsupportedOperationException();
    }

    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        throw new UnsupportedOperationException();
    }

    protected void setEnabledComponents(final boolean enabled) {
        throw new UnsupportedOperationException();
    }

}
