package org.knime.node.parameters.widget.choices.filter;

/** Compile-only surface of KNIME's {@code ColumnFilter} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public final class ColumnFilter extends TypedStringFilter<ColumnTypeFilter> {

    /**
     * The one surface body that does not throw: parameters classes initialise their column filter fields with it,
     * and tests instantiate parameters classes.
     */
    public ColumnFilter() {
        super(new String[0], null);
    }
}
