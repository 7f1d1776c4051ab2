package org.knime.core.webui.node.dialog;

/** Compile-only surface of KNIME's {@code SettingsType} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public enum SettingsType {
    MODEL, VIEW, JOB_MANAGER
}
