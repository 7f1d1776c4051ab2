package org.knime.node.parameters.updates;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Compile-only surface of KNIME's {@code Effect} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Effect {

    Class<? extends EffectPredicateProvider> predicate();

    EffectType type();

    enum EffectType {
        ENABLE, DISABLE, SHOW, HIDE
    }
}
