package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.ColumnFilter;

/** Compile-only surface of KNIME's {@code DialogComponentColumnNameSelection}; see README. */
public class DialogComponentColumnNameSelection extends DialogComponent {

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final ColumnFilter columnFilter) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final Class<? extends DataValue>... classFilter) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final boolean isRequired, final Class<? extends DataValue>... classFilter) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final boolean isRequired, final boolean addNoneCol, final Class<? extends DataValue>... classFilter) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final boolean isRequired, final ColumnFilter columnFilter) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final boolean isRequired, final boolean addNoneCol, final ColumnFilter columnFilter) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public final DataColumnSpec getSelectedAsSpec() {
        throw new UnsupportedOperationException();
    }

    public final String getSelected() {
        throw new UnsupportedOperationException();
    }

    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException();
    }

    public void setColumnFilter(final ColumnFilter filter) throws NotConfigurableException {
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
