package org.knime.core.webui.node.dialog.defaultdialog.widget.updates;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;

/** Compile-only surface of KNIME's {@code NoopMaxValidationProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public class NoopMaxValidationProvider extends NoopProvider<MaxValidation> {
}
