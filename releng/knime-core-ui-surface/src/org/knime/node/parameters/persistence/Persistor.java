package org.knime.node.parameters.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only surface of KNIME's {@code Persistor} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface Persistor {

    @SuppressWarnings("rawtypes")
    Class<? extends NodeParametersPersistor> value();
}
