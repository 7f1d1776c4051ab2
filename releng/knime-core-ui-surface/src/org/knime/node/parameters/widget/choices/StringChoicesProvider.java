package org.knime.node.parameters.widget.choices;


/** Compile-only surface of KNIME's {@code StringChoicesProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public non-sealed interface StringChoicesProvider extends ChoicesStateProvider<StringChoice> {

    @Override
    default void init(final StateProviderInitializer initializer) {
        throw new UnsupportedOperationException();
    }
}
