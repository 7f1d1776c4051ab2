package org.knime.node.parameters.widget.choices;

import java.util.List;
import org.knime.node.parameters.updates.StateProvider;

/** Compile-only surface of KNIME's {@code ChoicesStateProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public sealed interface ChoicesStateProvider<S> extends StateProvider<List<S>>
        permits StringChoicesProvider, TypedStringChoicesProvider {
}
