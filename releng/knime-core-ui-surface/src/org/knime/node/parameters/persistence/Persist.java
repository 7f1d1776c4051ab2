package org.knime.node.parameters.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only surface of KNIME's {@code Persist} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Persist {

    String configKey() default "";

    boolean hidden() default false;
}
