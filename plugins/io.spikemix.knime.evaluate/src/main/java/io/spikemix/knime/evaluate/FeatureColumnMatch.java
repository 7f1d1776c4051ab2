package io.spikemix.knime.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches the feature columns of two spikes tables by name: the columns both have (in the reference table's order,
 * so the compared vectors line up band by band) and those only one of them has. Pure Java; O(n) for n columns.
 */
public final class FeatureColumnMatch {

    /** At most this many names are listed in a mismatch message; the rest are counted. */
    private static final int LISTED = 10;

    private final List<String> common;
    private final List<String> onlyEstimated;
    private final List<String> onlyReference;

    private FeatureColumnMatch(List<String> common, List<String> onlyEstimated, List<String> onlyReference) {
        this.common = List.copyOf(common);
        this.onlyEstimated = List.copyOf(onlyEstimated);
        this.onlyReference = List.copyOf(onlyReference);
    }

    /**
     * @param estimated feature columns of the estimated spikes table, in table order
     * @param reference feature columns of the reference spikes table, in table order
     */
    public static FeatureColumnMatch of(List<String> estimated, List<String> reference) {
        Set<String> est = new HashSet<>(estimated);
        Set<String> ref = new HashSet<>(reference);
        List<String> common = new ArrayList<>();
        List<String> onlyRef = new ArrayList<>();
        for (String r : reference) {
            (est.contains(r) ? common : onlyRef).add(r);
        }
        List<String> onlyEst = new ArrayList<>();
        for (String e : estimated) {
            if (!ref.contains(e)) {
                onlyEst.add(e);
            }
        }
        return new FeatureColumnMatch(common, onlyEst, onlyRef);
    }

    /** Columns in both tables, in the reference table's order. */
    public List<String> common() {
        return common;
    }

    /** Columns only the estimated table has. */
    public List<String> onlyEstimated() {
        return onlyEstimated;
    }

    /** Columns only the reference table has. */
    public List<String> onlyReference() {
        return onlyReference;
    }

    /** Whether both tables have exactly the same feature columns. */
    public boolean isExact() {
        return onlyEstimated.isEmpty() && onlyReference.isEmpty();
    }

    /**
     * A sentence describing the mismatch (which columns are only in which table), or empty when the columns match
     * exactly.
     */
    public Optional<String> mismatch() {
        if (isExact()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!onlyEstimated.isEmpty()) {
            parts.add(onlyEstimated.size() + " feature column(s) only in the estimated spikes table: "
                    + list(onlyEstimated));
        }
        if (!onlyReference.isEmpty()) {
            parts.add(onlyReference.size() + " feature column(s) only in the reference spikes table: "
                    + list(onlyReference));
        }
        return Optional.of(String.join("; ", parts) + ".");
    }

    private static String list(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, names.size()); i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > LISTED) {
            b.append(" and ").append(names.size() - LISTED).append(" more");
        }
        return b.toString();
    }
}
