package org.knime.core.webui.node.dialog.defaultdialog.widget.updates;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

/** Compile-only surface of KNIME's {@code NoopMinValidationProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public class NoopMinValidationProvider extends NoopProvider<MinValidation> {
}
