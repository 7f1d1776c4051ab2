package org.knime.node.parameters.widget.choices;

/** Compile-only surface of KNIME's {@code TypedStringChoice} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public record TypedStringChoice(String id, String text, PossibleTypeValue type) {

    public static record PossibleTypeValue(String id, String text) {
    }
}
