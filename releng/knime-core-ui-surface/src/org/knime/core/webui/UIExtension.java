package org.knime.core.webui;

/** Compile-only surface of KNIME's {@code UIExtension} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface UIExtension {
}
