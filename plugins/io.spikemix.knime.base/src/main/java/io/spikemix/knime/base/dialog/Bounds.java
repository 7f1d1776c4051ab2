package io.spikemix.knime.base.dialog;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

/**
 * The numeric bounds the web dialogs show, one class per value (annotations can only name classes). They repeat
 * the bounds of the nodes' setting declarations, which the node models enforce in {@code validateSettings}; the
 * extension lint instantiates these classes and checks that both agree, setting by setting.
 */
public final class Bounds {

    private Bounds() {
    }

    /** At least 1e-9 (a strictly positive tolerance). */
    public static final class AtLeastOneBillionth extends MinValidation {
        @Override
        protected double getMin() {
            return 1e-9;
        }
    }

    /** At least 1e-6. */
    public static final class AtLeastOneMillionth extends MinValidation {
        @Override
        protected double getMin() {
            return 1e-6;
        }
    }

    /** At least -1e12 (band range ends). */
    public static final class AtLeastMinusOneTrillion extends MinValidation {
        @Override
        protected double getMin() {
            return -1e12;
        }
    }

    /** At most 1. */
    public static final class AtMostOne extends MaxValidation {
        @Override
        protected double getMax() {
            return 1;
        }
    }

    /** At most 64. */
    public static final class AtMost64 extends MaxValidation {
        @Override
        protected double getMax() {
            return 64;
        }
    }

    /** At most 1,000. */
    public static final class AtMost1000 extends MaxValidation {
        @Override
        protected double getMax() {
            return 1000;
        }
    }

    /** At most 1,024 (threads). */
    public static final class AtMost1024 extends MaxValidation {
        @Override
        protected double getMax() {
            return 1024;
        }
    }

    /** At most 10,000. */
    public static final class AtMost10000 extends MaxValidation {
        @Override
        protected double getMax() {
            return 10_000;
        }
    }

    /** At most 100,000. */
    public static final class AtMost100000 extends MaxValidation {
        @Override
        protected double getMax() {
            return 100_000;
        }
    }

    /** At most 1,000,000. */
    public static final class AtMostOneMillion extends MaxValidation {
        @Override
        protected double getMax() {
            return 1_000_000;
        }
    }

    /** At most 1e9. */
    public static final class AtMostOneBillion extends MaxValidation {
        @Override
        protected double getMax() {
            return 1e9;
        }
    }

    /** At most 1e12 (band range ends). */
    public static final class AtMostOneTrillion extends MaxValidation {
        @Override
        protected double getMax() {
            return 1e12;
        }
    }

    /** At most {@link Integer#MAX_VALUE}. */
    public static final class AtMostIntMax extends MaxValidation {
        @Override
        protected double getMax() {
            return Integer.MAX_VALUE;
        }
    }
}
