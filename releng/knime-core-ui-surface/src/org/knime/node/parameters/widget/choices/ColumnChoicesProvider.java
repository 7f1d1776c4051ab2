package org.knime.node.parameters.widget.choices;

import java.util.List;

import org.knime.node.parameters.NodeParametersInput;

/** Compile-only surface of KNIME's {@code ColumnChoicesProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface ColumnChoicesProvider extends TypedStringChoicesProvider {

    @Override
    default List<TypedStringChoice> computeState(final NodeParametersInput context) {
        throw new UnsupportedOperationException();
    }
}
