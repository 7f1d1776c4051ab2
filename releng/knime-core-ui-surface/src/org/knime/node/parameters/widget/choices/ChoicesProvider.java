package org.knime.node.parameters.widget.choices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only surface of KNIME's {@code ChoicesProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ChoicesProvider {

    @SuppressWarnings("rawtypes")
    Class<? extends ChoicesStateProvider> value();
}
