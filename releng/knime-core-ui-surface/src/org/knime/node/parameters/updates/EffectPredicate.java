package org.knime.node.parameters.updates;

import org.knime.core.webui.node.dialog.defaultdialog.widget.updates.predicates.PredicateVisitor;

/** Compile-only surface of KNIME's {@code EffectPredicate} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface EffectPredicate {

    <T> T accept(PredicateVisitor<T> visitor);
}
