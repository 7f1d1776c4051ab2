package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code DialogComponentColumnFilter2}; see README. */
public class DialogComponentColumnFilter2 extends DialogComponent {

    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx,
        final boolean showSelectionListsOnly) {
        super(model);
        throw new UnsupportedOperationException();
    }

    public void setIncludeTitle(final String title) {
        throw new UnsupportedOperationException();
    }

    public void setExcludeTitle(final String title) {
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
