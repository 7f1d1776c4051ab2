package org.knime.core.webui.node.dialog;

/** Compile-only surface of KNIME's {@code NodeDialogFactory} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface NodeDialogFactory {

    NodeDialog createNodeDialog();

    default boolean hasNodeDialog() {
        throw new UnsupportedOperationException();
    }
}
