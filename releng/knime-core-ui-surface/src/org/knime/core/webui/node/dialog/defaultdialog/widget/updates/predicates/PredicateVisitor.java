package org.knime.core.webui.node.dialog.defaultdialog.widget.updates.predicates;

/** Compile-only surface of KNIME's {@code PredicateVisitor} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface PredicateVisitor<T> {
}
