package io.spikemix.engine.normalize;

/** What a normalization does with spectra that contain NaN or infinite values. */
public enum NonFinitePolicy {

    /** Fail with a {@link NonFiniteValueException} naming the first offending row, column and value. */
    REJECT,

    /**
     * Leave such spectra out of the fitted statistics, report them as skipped and write them as NaN, so they keep
     * their place in the output without influencing anything.
     */
    SKIP
}
