package org.knime.node.parameters.widget.choices;


/** Compile-only surface of KNIME's {@code TypedStringChoicesProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public non-sealed interface TypedStringChoicesProvider extends ChoicesStateProvider<TypedStringChoice> {

    @Override
    default void init(final StateProviderInitializer initializer) {
        throw new UnsupportedOperationException();
    }
}
