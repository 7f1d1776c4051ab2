package io.spikemix.engine.select;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The methods a {@link KScan} can scan: the spiked mixture model and its two baselines. */
public enum ScanMethod {
    SMM("smm", "SMM"),
    GMM("gmm", "GMM"),
    KMEANS("kmeans", "k-means");

    private final String id;
    private final String label;

    ScanMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used on the command line and in JSON ({@code smm}, {@code gmm}, {@code kmeans}). */
    public String id() {
        return id;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    /** Whether the method is a mixture model with a likelihood (scored by BIC and ICL) rather than k-means. */
    public boolean hasLikelihood() {
        return this != KMEANS;
    }

    /** Parses an id (case-insensitive, "k-means" accepted), naming the valid ids when it is none of them. */
    public static ScanMethod parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace("-", "");
        for (ScanMethod m : values()) {
            if (m.id.equals(v)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected one of " + Arrays.stream(values()).map(ScanMethod::id)
                .collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }
}
