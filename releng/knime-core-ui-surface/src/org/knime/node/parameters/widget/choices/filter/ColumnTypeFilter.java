package org.knime.node.parameters.widget.choices.filter;

/** Compile-only surface of KNIME's {@code ColumnTypeFilter} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
final class ColumnTypeFilter extends TypeFilter {
}
