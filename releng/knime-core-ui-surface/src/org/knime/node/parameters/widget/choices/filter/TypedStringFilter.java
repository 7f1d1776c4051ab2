package org.knime.node.parameters.widget.choices.filter;

import org.knime.node.parameters.persistence.Persistable;

/** Compile-only surface of KNIME's {@code TypedStringFilter} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public abstract class TypedStringFilter<T extends TypeFilter> implements Persistable {

    /** Does not throw: {@link ColumnFilter#ColumnFilter()} runs it when parameters classes are instantiated. */
    protected TypedStringFilter(final String[] selected, final T typeFilter) {
    }
}
