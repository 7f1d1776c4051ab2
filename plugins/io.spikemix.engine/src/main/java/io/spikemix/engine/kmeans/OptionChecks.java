package io.spikemix.engine.kmeans;

/**
 * The range checks behind every options builder of the clustering engines, with one message template (scikit-learn's
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
}
