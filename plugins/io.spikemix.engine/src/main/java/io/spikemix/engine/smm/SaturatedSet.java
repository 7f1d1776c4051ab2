package io.spikemix.engine.smm;

/**
 * The set S of non-zero spikes chosen by the paper's Algorithm 2 (method.md §2), and the noise variance it implies:
 *
 * <pre>  σ²(S) = (‖Y‖²_F − Σ_{k∈S} λ_k) / (dN − Σ_{k∈S} γ_k)</pre>
 *
 * Starting from S = ∅, repeatedly add a k ∉ S with σ²(S) ≤ λ_k/γ_k until none is left. The result is the unique
 * saturated valid set and minimises g(S) = (dN − Σ_S γ_k) ln σ²(S) + Σ_S γ_k ln(λ_k/γ_k) over valid sets; which
 * eligible k is added first does not matter (proved in the paper, checked by tests). This implementation adds the
 * eligible k with the largest λ_k/γ_k (ties: lowest index). Components with γ_k = 0 have no ratio and are never
 * added (their spike is 0). O(K²).
 */
final class SaturatedSet {

    /** Chooses which of the eligible components is added next. */
    interface Picker {
        /** @return one index k with {@code eligible[k]} true */
        int pick(boolean[] eligible, double[] ratio);
    }

    /** The greedy rule: largest λ_k/γ_k, lowest index on ties. */
    static final Picker LARGEST_RATIO = (eligible, ratio) -> {
        int best = -1;
        for (int c = 0; c < eligible.length; c++) {
            if (eligible[c] && (best < 0 || ratio[c] > ratio[best])) {
                best = c;
            }
        }
        return best;
    };

    final boolean[] members;
    final double sigma2;

    private SaturatedSet(boolean[] members, double sigma2) {
        this.members = members;
        this.sigma2 = sigma2;
    }

    static SaturatedSet select(double[] lambda, double[] gamma, double sumSq, double dN) {
        return select(lambda, gamma, sumSq, dN, LARGEST_RATIO);
    }

    static SaturatedSet select(double[] lambda, double[] gamma, double sumSq, double dN, Picker picker) {
        int k = lambda.length;
        double[] ratio = new double[k];
        for (int c = 0; c < k; c++) {
            ratio[c] = gamma[c] > 0 ? lambda[c] / gamma[c] : Double.NEGATIVE_INFINITY;
        }
        boolean[] members = new boolean[k];
        boolean[] eligible = new boolean[k];
        double num = sumSq;
        double den = dN;
        while (true) {
            double s2 = num / den;
            boolean any = false;
            for (int c = 0; c < k; c++) {
                eligible[c] = !members[c] && gamma[c] > 0 && s2 <= ratio[c];
                any |= eligible[c];
            }
            if (!any) {
                return new SaturatedSet(members, s2);
            }
            int c = picker.pick(eligible, ratio);
            members[c] = true;
            num -= lambda[c];
            den -= gamma[c];
        }
    }
}
