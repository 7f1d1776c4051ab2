package org.knime.core.node.defaultnodesettings;

import javax.swing.event.ChangeListener;

import org.knime.core.node.FlowVariableModel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code DialogComponentFileChooser}; see README. */
public class DialogComponentFileChooser extends DialogComponent {

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final String... validExtensions) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final boolean directoryOnly) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final String... validExtensions) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final boolean directoryOnly, final String... validExtensions) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
        final int dialogType, final boolean directoryOnly, final FlowVariableModel fvm,
        final String... validExtensions) {
        super(stringModel);
        throw new UnsupportedOperationException();
    }

    public void setBorderTitle(final String newTitle) {
        throw new UnsupportedOperationException();
    }

    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException();
    }

    public void addChangeListener(final ChangeListener cl) {
        throw new UnsupportedOperationException();
    }

    public void setAllowRemoteURLs(final boolean b) {
        throw new UnsupportedOperationException();
    }

    public void setAllowSystemPropertySubstitution(final boolean b) {
        throw new UnsupportedOperationException();
    }

    public void setDialogTypeSaveWithExtension(final String forcedExtension) {
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
