package io.spikemix.engine.options;

/**
 * The range checks behind every options builder of the engine (SMM, GMM, k-means), with one message template (scikit-learn's
 * {@code "The 'tol' parameter must be >= 0. Got -1 instead."}).
 */
public final class OptionChecks {

    private OptionChecks() {
    }

    /** Requires {@code value >= min}. */
    public static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException("The '" + name + "' parameter must be >= " + min + ". Got " + value
                    + " instead.");
        }
    }

    /** Requires a finite {@code value >= min}. */
    public static void atLeast(String name, double value, double min) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The '" + name + "' parameter must be a finite number >= " + min
                    + ". Got " + value + " instead.");
        }
    }

    /** Requires a finite {@code value >= 0}; the message states the bound as the integer 0. */
    public static void nonNegativeFinite(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "The '" + name + "' parameter must be a finite number >= 0. Got " + value + " instead.");
        }
    }
}
