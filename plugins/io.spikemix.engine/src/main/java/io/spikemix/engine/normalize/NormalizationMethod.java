package io.spikemix.engine.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The normalizations of method.md §6: feature-wise min-max (the paper's choice before every fit), observation-wise
 * l1 (the paper's alternative) and TIC, the total ion count normalization usual for imaging mass spectrometry.
 */
public enum NormalizationMethod {

    /** Each feature mapped to [0, 1] over the fitted pixels: y'[f] = (y[f] − min_f) / (max_f − min_f). */
    MINMAX("minmax", "min-max"),

    /** Each spectrum divided by its l1 norm Σ_f |y[f]|. */
    L1("l1", "l1"),

    /** Each spectrum divided by its total ion count Σ_f y[f]. */
    TIC("tic", "TIC");

    private final String id;
    private final String label;

    NormalizationMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable identifier used on the command line, in settings and in JSON: "minmax", "l1" or "tic". */
    public String id() {
        return id;
    }

    /** A short name for messages. */
    public String label() {
        return label;
    }

    /** True for min-max, whose statistics are per feature; false for the per-spectrum l1 and TIC. */
    public boolean isFeatureWise() {
        return this == MINMAX;
    }

    /**
     * The method with the given {@link #id()}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid ids when {@code id} is none of them
     */
    public static NormalizationMethod parse(String id) {
        if (id != null) {
            String key = id.trim().toLowerCase(Locale.ROOT);
            for (NormalizationMethod m : values()) {
                if (m.id.equals(key)) {
                    return m;
                }
            }
        }
        throw new IllegalArgumentException("The normalization method must be one of "
                + Arrays.stream(values()).map(m -> "'" + m.id + "'").collect(Collectors.joining(", "))
                + ". Got " + (id == null ? "null" : "'" + id + "'") + " instead.");
    }
}
