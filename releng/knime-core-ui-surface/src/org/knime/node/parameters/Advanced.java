package org.knime.node.parameters;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Compile-only surface of KNIME's {@code Advanced} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Advanced {
}
