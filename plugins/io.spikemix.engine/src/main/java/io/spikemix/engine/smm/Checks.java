package io.spikemix.engine.smm;

/** Parameter checks with scikit-learn style messages ("The 'k' parameter must be >= 1. Got 0 instead."). */
final class Checks {

    private Checks() {
    }

    static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException("The '" + name + "' parameter must be >= " + min + ". Got " + value + " instead.");
        }
    }

    static void nonNegativeFinite(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "The '" + name + "' parameter must be a finite number >= 0. Got " + value + " instead.");
        }
    }
}
