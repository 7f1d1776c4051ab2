package org.knime.node.parameters.widget.choices.util;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;

/** Compile-only surface of KNIME's {@code CompatibleColumnsProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public class CompatibleColumnsProvider implements FilteredInputTableColumnsProvider {

    protected CompatibleColumnsProvider(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isIncluded(final DataColumnSpec col) {
        throw new UnsupportedOperationException();
    }

    public static class DoubleColumnsProvider extends CompatibleColumnsProvider {

        protected DoubleColumnsProvider() {
            super(DataValue.class);
        }
    }
}
