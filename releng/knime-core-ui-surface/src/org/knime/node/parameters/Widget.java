package org.knime.node.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicateProvider;

/** Compile-only surface of KNIME's {@code Widget} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Inherited
public @interface Widget {

    String title();

    String description();

    boolean advanced() default false;

    Effect effect() default @Effect(predicate = EffectPredicateProvider.class, type = EffectType.SHOW);
}
