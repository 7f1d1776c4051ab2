package org.knime.node.parameters.updates;

/** Compile-only surface of KNIME's {@code EffectPredicateProvider} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
@FunctionalInterface
public interface EffectPredicateProvider {

    EffectPredicate init(PredicateInitializer i);

    interface PredicateInitializer {

        <E extends Enum<E>> EnumReference<E> getEnum(Class<? extends ParameterReference<E>> ref);

        BooleanReference getBoolean(Class<? extends ParameterReference<Boolean>> ref);

        interface BooleanReference {

            EffectPredicate isTrue();
        }

        interface EnumReference<E extends Enum<E>> {

            @SuppressWarnings("unchecked")
            EffectPredicate isOneOf(E... values);
        }
    }
}
