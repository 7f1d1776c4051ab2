package org.knime.node.parameters.widget.choices.util;

import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/** Compile-only surface of KNIME's {@code AllColumnsProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public class AllColumnsProvider implements ColumnChoicesProvider, InputTableIndexHolder {
}
