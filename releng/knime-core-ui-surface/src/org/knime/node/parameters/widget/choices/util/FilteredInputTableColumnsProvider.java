package org.knime.node.parameters.widget.choices.util;

import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/** Compile-only surface of KNIME's {@code FilteredInputTableColumnsProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface FilteredInputTableColumnsProvider extends InputTableIndexHolder, ColumnChoicesProvider {

    boolean isIncluded(DataColumnSpec col);
}
