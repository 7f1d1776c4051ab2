package org.knime.core.node.defaultnodesettings;

import java.util.Optional;

import javax.swing.JLabel;
import javax.swing.JSpinner;

import org.knime.core.node.FlowVariableModel;
import org.knime.core.node.FlowVariableModelButton;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code DialogComponentNumber}; see README. */
public class DialogComponentNumber extends DialogComponent {

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        super(numberModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final FlowVariableModel fvm) {
        super(numberModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth) {
        super(numberModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth, final FlowVariableModel fvm) {
        super(numberModel);
        throw new UnsupportedOperationException();
    }

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth, final FlowVariableModel fvm, final boolean showWarning, final String customErrorMsg) {
        super(numberModel);
        throw new UnsupportedOperationException();
    }

    public JSpinner getSpinner() {
        throw new UnsupportedOperationException();
    }

    public JLabel getLabel() {
        throw new UnsupportedOperationException();
    }

    public Optional<JLabel> getWarningLabel() {
        throw new UnsupportedOperationException();
    }

    public Optional<FlowVariableModelButton> getFlowVariableModelButton() {
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
