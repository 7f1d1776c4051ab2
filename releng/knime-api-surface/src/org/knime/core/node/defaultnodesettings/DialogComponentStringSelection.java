package org.knime.core.node.defaultnodesettings;

import java.util.Collection;

import org.knime.core.node.FlowVariableModel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.StringIconOption;

/** Compile-only surface of KNIME's {@code DialogComponentStringSelection}; see README. */
public final class DialogComponentStringSelection extends DialogComponent {

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final String... list) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list, final boolean editable, final FlowVariableModel fvm) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final StringIconOption[] list) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final StringIconOption[] list, final FlowVariableModel fvm) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public void setSizeComponents(final int width, final int height) {
        throw new UnsupportedOperationException();
    }

    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException();
    }

    public void replaceListItems(final Collection<String> newItems, final String select) {
        throw new UnsupportedOperationException();
    }

    public void replaceListItems(final StringIconOption[] newItems, final String select) {
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
