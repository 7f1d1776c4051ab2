package org.knime.node.parameters.persistence.legacy;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.node.parameters.persistence.NodeParametersPersistor;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;

/** Compile-only surface of KNIME's {@code LegacyColumnFilterPersistor} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public abstract class LegacyColumnFilterPersistor implements NodeParametersPersistor<ColumnFilter> {

    protected LegacyColumnFilterPersistor(final String configKey) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ColumnFilter load(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save(final ColumnFilter param, final NodeSettingsWO settings) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String[][] getConfigPaths() {
        throw new UnsupportedOperationException();
    }
}
