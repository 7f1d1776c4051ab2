package org.knime.node.parameters.widget.number;

import org.knime.node.parameters.validation.BuiltinValidation;

/** Compile-only surface of KNIME's {@code NumberInputWidgetValidation} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public sealed interface NumberInputWidgetValidation extends BuiltinValidation {

    default boolean isExclusive() {
        throw new UnsupportedOperationException();
    }

    public abstract static non-sealed class MinValidation implements NumberInputWidgetValidation {

        protected abstract double getMin();

        record MinValidationParams(double min, boolean isExclusive) {
        }

        @Override
        public final MinValidationParams getParameters() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException();
        }

        public static final class IsNonNegativeValidation extends MinValidation {

            @Override
            public double getMin() {
                throw new UnsupportedOperationException();
            }
        }

        public static final class IsPositiveIntegerValidation extends MinValidation {

            @Override
            public double getMin() {
                throw new UnsupportedOperationException();
            }
        }
    }

    public abstract static non-sealed class MaxValidation implements NumberInputWidgetValidation {

        protected abstract double getMax();

        record MaxValidationParams(Double max, boolean isExclusive) {
        }

        @Override
        public final MaxValidationParams getParameters() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getErrorMessage() {
            throw new UnsupportedOperationException();
        }
    }
}
