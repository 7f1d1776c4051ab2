package io.spikemix.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three methods the command line fits: the spiked mixture model and its two baselines. */
enum FitMethod {
    SMM("smm", "SMM"),
    GMM("gmm", "GMM"),
    KMEANS("kmeans", "k-means");

    private final String id;
    private final String label;

    FitMethod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used on the command line and in file names ({@code result-smm.json}). */
    String id() {
        return id;
    }

    /** The name shown to people. */
    String label() {
        return label;
    }

    static FitMethod parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace("-", "");
        for (FitMethod m : values()) {
            if (m.id.equals(v)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected one of " + Arrays.stream(values()).map(FitMethod::id)
                .collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }

    /** Parses --method through {@link #parse} so the message lists the valid ids. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<FitMethod> {
        @Override
        public FitMethod convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
