package org.knime.node.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.persistence.Persistable;

/** Compile-only surface of KNIME's {@code NodeParameters} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface NodeParameters extends Persistable, WidgetGroup {

    default void validate() throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }
}
