package org.knime.node.parameters.widget.choices.filter;

import org.knime.node.parameters.persistence.Persistable;

/** Compile-only surface of KNIME's {@code TypeFilter} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public abstract class TypeFilter implements Persistable {

    TypeFilter() {
    }
}
