package io.spikemix.engine.evaluate;

/**
 * Agreement between a predicted segmentation and reference (ground-truth) labels: adjusted Rand index, normalised
 * mutual information, accuracy after the best one-to-one matching of clusters to classes, and the confusion matrix.
 *
 * <p>Conventions: a reference label ≤ 0 means "unlabelled" (0 is the customary unlabelled class of ground-truth
 * maps; callers map missing values to 0) and a predicted label &lt; 0 means "masked" (the −1 of label images). Such
 * pixels are excluded from every score and counted: {@link #unlabelledCount()} (reference ≤ 0, whatever the
 * prediction) and {@link #maskedCount()} (reference labelled, prediction masked).
 *
 * <ul>
 * <li>ARI (Hubert and Arabie 1985): (index − expected) / (max − expected) over pair counts, with index =
 * Σ C(n_rc, 2), expected = Σ C(a_r, 2)·Σ C(b_c, 2) / C(n, 2), max = ½(Σ C(a_r, 2) + Σ C(b_c, 2)). 1 for identical
 * partitions (up to renaming), about 0 for random ones. When the denominator is 0 (both labelings put everything in
 * one cluster, or n &lt; 2) it is 1, as in scikit-learn.</li>
 * <li>NMI with the arithmetic-mean normalisation, MI / ((H(U) + H(V)) / 2), natural logarithms — scikit-learn's
 * default {@code average_method='arithmetic'}. 1 when both labelings have a single cluster, as in
 * scikit-learn.</li>
 * <li>Accuracy: the fraction of pixels on the cluster↔class pairs of the optimal one-to-one matching
 * (Hungarian algorithm on the contingency table); clusters left unmatched count as wrong.</li>
 * </ul>
 *
 * <p>Complexity: O(n + R·C + min(R,C)²·max(R,C)) for n pixels, R classes and C clusters.
 */
public final class ClusteringScores {

    private final ContingencyTable confusion;
    private final double adjustedRandIndex;
    private final double normalizedMutualInformation;
    private final double accuracy;
    private final int[] matchedReferenceLabels;
    private final long unlabelled;
    private final long masked;

    private ClusteringScores(ContingencyTable confusion, double ari, double nmi, double accuracy,
            int[] matchedReferenceLabels, long unlabelled, long masked) {
        this.confusion = confusion;
        this.adjustedRandIndex = ari;
        this.normalizedMutualInformation = nmi;
        this.accuracy = accuracy;
        this.matchedReferenceLabels = matchedReferenceLabels;
        this.unlabelled = unlabelled;
        this.masked = masked;
    }

    /**
     * Scores {@code predicted} against {@code reference}.
     *
     * @param reference ground-truth label per pixel, ≤ 0 = unlabelled; not modified
     * @param predicted cluster per pixel (any non-negative ids), &lt; 0 = masked; same length; not modified
     * @throws IllegalArgumentException if the lengths differ or no pixel is both labelled and unmasked
     */
    public static ClusteringScores of(int[] reference, int[] predicted) {
        if (reference.length != predicted.length) {
            throw new IllegalArgumentException("Reference and predicted labels must cover the same pixels. Got "
                    + reference.length + " reference and " + predicted.length + " predicted labels instead.");
        }
        int[] ref = new int[reference.length];
        long unlabelled = 0;
        long masked = 0;
        for (int i = 0; i < ref.length; i++) {
            if (reference[i] <= 0) {
                ref[i] = -1;
                unlabelled++;
            } else {
                ref[i] = reference[i];
                if (predicted[i] < 0) {
                    masked++;
                }
            }
        }
        ContingencyTable table = ContingencyTable.of(ref, predicted);
        if (table.total() == 0) {
            throw new IllegalArgumentException("No pixel is both labelled in the reference (label > 0) and unmasked"
                    + " in the prediction (label >= 0): " + unlabelled + " unlabelled, " + masked
                    + " masked. Scores are undefined.");
        }
        int[] bestRow = table.bestRowForColumn();
        int[] rowLabels = table.rowLabels();
        int[] matched = new int[bestRow.length];
        long onDiagonal = 0;
        for (int c = 0; c < bestRow.length; c++) {
            matched[c] = bestRow[c] < 0 ? -1 : rowLabels[bestRow[c]];
            if (bestRow[c] >= 0) {
                onDiagonal += table.count(bestRow[c], c);
            }
        }
        return new ClusteringScores(table, adjustedRandIndex(table), normalizedMutualInformation(table),
                (double) onDiagonal / table.total(), matched, unlabelled, masked);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    private static double adjustedRandIndex(ContingencyTable t) {
        double totalPairs = pairs(t.total());
        double index = 0;
        for (int r = 0; r < t.rowLabels().length; r++) {
            for (int c = 0; c < t.columnLabels().length; c++) {
                index += pairs(t.count(r, c));
            }
        }
        double rowPairs = 0;
        for (long a : t.rowSums()) {
            rowPairs += pairs(a);
        }
        double columnPairs = 0;
        for (long b : t.columnSums()) {
            columnPairs += pairs(b);
        }
        if (totalPairs == 0) {
            return 1.0;
        }
        double expected = rowPairs * columnPairs / totalPairs;
        double max = 0.5 * (rowPairs + columnPairs);
        if (max == expected) {
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    private static double normalizedMutualInformation(ContingencyTable t) {
        long[] a = t.rowSums();
        long[] b = t.columnSums();
        if (a.length == 1 && b.length == 1) {
            return 1.0;
        }
        double n = t.total();
        double mi = 0;
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < b.length; c++) {
                long nrc = t.count(r, c);
                if (nrc > 0) {
                    mi += nrc / n * Math.log(n * nrc / ((double) a[r] * b[c]));
                }
            }
        }
        double mean = 0.5 * (entropy(a, n) + entropy(b, n));
        // MI is mathematically >= 0; rounding can make it a tiny negative number.
        return Math.max(0, mi) / mean;
    }

    private static double entropy(long[] sums, double n) {
        double h = 0;
        for (long s : sums) {
            if (s > 0) {
                h -= s / n * Math.log(s / n);
            }
        }
        return h;
    }

    /** Adjusted Rand index in [−1, 1]; 1 = identical partitions up to renaming. */
    public double adjustedRandIndex() {
        return adjustedRandIndex;
    }

    /** Normalised mutual information (arithmetic-mean normalisation) in [0, 1]. */
    public double normalizedMutualInformation() {
        return normalizedMutualInformation;
    }

    /** Fraction of scored pixels whose cluster is matched to their class by the optimal one-to-one matching. */
    public double accuracy() {
        return accuracy;
    }

    /** The confusion matrix: rows = reference classes (> 0), columns = predicted clusters (≥ 0). */
    public ContingencyTable confusion() {
        return confusion;
    }

    /**
     * For each predicted cluster, in the order of {@code confusion().columnLabels()}, the reference label it is
     * matched to by the accuracy matching, or −1 if unmatched.
     */
    public int[] matchedReferenceLabels() {
        return matchedReferenceLabels.clone();
    }

    /** Pixels that were scored (labelled in the reference and not masked in the prediction). */
    public long scoredCount() {
        return confusion.total();
    }

    /** Pixels excluded because the reference label was ≤ 0 (unlabelled or missing). */
    public long unlabelledCount() {
        return unlabelled;
    }

    /** Pixels excluded because the prediction was masked (&lt; 0) although the reference was labelled. */
    public long maskedCount() {
        return masked;
    }
}
