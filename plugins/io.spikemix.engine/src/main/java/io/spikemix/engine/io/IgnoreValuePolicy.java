package io.spikemix.engine.io;

/** What a reader does with values equal to a declared "no data" value (ENVI {@code data ignore value}). */
public enum IgnoreValuePolicy {
    /**
     * A pixel whose every selected band holds the ignore value is masked (gets no spectrum row); an ignore value
     * in only some bands of a pixel becomes NaN. The default, because sensors mark whole pixels outside the swath.
     */
    MASK,
    /** Every ignore value becomes NaN; no pixel is masked for it. */
    NAN,
    /** Values are kept as stored. */
    KEEP
}
