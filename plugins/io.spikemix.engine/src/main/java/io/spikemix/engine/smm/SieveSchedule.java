package io.spikemix.engine.smm;

import io.spikemix.engine.options.OptionChecks;

/**
 * The restart schedule ("sieving") of the paper's supplementary Table II (method.md §3): run {@code d1} EM
 * iterations from each of {@code n1} random initialisations, keep the {@code n2} starts with the highest
 * log-likelihood, continue each for at most {@code d2} iterations, and stop a run early when the relative
 * log-likelihood gain {@code |L_t − L_{t−1}| ≤ tol·|L_{t−1}|}.
 *
 * <p>The paper does not say whether its t is absolute or relative. A relative gain is used because the
 * log-likelihood scales with N·d (an absolute 1e-3 means nothing on 5e8 values). {@code tol = 0} disables early
 * stopping, so a run performs exactly its iteration budget.
 *
 * <p>Immutable; validated on construction.
 */
public final class SieveSchedule {

    /** Table II, synthetic experiments: n1 = 10, d1 = 10, n2 = 5, d2 = 600, t = 1e-8. */
    public static final SieveSchedule SYNTHETIC = new SieveSchedule(10, 10, 5, 600, 1e-8);
    /** Table II, rat brain IMS (843 features, K = 12): n1 = 6, d1 = 6, n2 = 3, d2 = 60, t = 1e-3. */
    public static final SieveSchedule IMS = new SieveSchedule(6, 6, 3, 60, 1e-3);
    /** Table II, salient-object HSI (81 bands, K = 10): n1 = 10, d1 = 10, n2 = 3, d2 = 120, t = 1e-3. */
    public static final SieveSchedule HSI = new SieveSchedule(10, 10, 3, 120, 1e-3);

    private final int n1;
    private final int d1;
    private final int n2;
    private final int d2;
    private final double tol;

    private SieveSchedule(int n1, int d1, int n2, int d2, double tol) {
        OptionChecks.atLeast("n1", n1, 1);
        OptionChecks.atLeast("d1", d1, 0);
        OptionChecks.atLeast("n2", n2, 1);
        if (n2 > n1) {
            throw new IllegalArgumentException("The 'n2' parameter must be <= n1 = " + n1 + ". Got " + n2 + " instead.");
        }
        OptionChecks.atLeast("d2", d2, 0);
        OptionChecks.nonNegativeFinite("tol", tol);
        this.n1 = n1;
        this.d1 = d1;
        this.n2 = n2;
        this.d2 = d2;
        this.tol = tol;
    }

    /**
     * A custom schedule.
     *
     * @param n1  number of random starts, ≥ 1
     * @param d1  iterations per start in the first phase (no early stop), ≥ 0
     * @param n2  starts kept for the second phase, 1 ≤ n2 ≤ n1
     * @param d2  maximum further iterations per kept start, ≥ 0
     * @param tol relative log-likelihood gain below which a second-phase run stops, ≥ 0 (0 = never)
     */
    public static SieveSchedule of(int n1, int d1, int n2, int d2, double tol) {
        return new SieveSchedule(n1, d1, n2, d2, tol);
    }

    /**
     * One start run for at most {@code maxIter} iterations (exactly {@code maxIter} when {@code tol = 0}); the
     * schedule used to time EM iterations.
     */
    public static SieveSchedule singleStart(int maxIter, double tol) {
        OptionChecks.atLeast("max_iter", maxIter, 0);
        return new SieveSchedule(1, 0, 1, maxIter, tol);
    }

    /** The preset with this name ({@code synthetic}, {@code ims}, {@code hsi}; case-insensitive). */
    public static SieveSchedule preset(String name) {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "synthetic":
                return SYNTHETIC;
            case "ims":
                return IMS;
            case "hsi":
                return HSI;
            default:
                throw new IllegalArgumentException(
                        "The 'preset' parameter must be one of synthetic, ims, hsi. Got '" + name + "' instead.");
        }
    }

    /** This schedule with another stopping tolerance. */
    public SieveSchedule withTol(double newTol) {
        return new SieveSchedule(n1, d1, n2, d2, newTol);
    }

    public int n1() {
        return n1;
    }

    public int d1() {
        return d1;
    }

    public int n2() {
        return n2;
    }

    public int d2() {
        return d2;
    }

    public double tol() {
        return tol;
    }

    /** True for a single start without a first phase (what {@link #singleStart} builds). */
    public boolean isSingleStart() {
        return n1 == 1 && d1 == 0;
    }

    /** Upper bound on the EM iterations of a whole fit: n1·d1 + n2·d2. */
    public long iterationBudget() {
        return (long) n1 * d1 + (long) n2 * d2;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SieveSchedule)) {
            return false;
        }
        SieveSchedule s = (SieveSchedule) o;
        return n1 == s.n1 && d1 == s.d1 && n2 == s.n2 && d2 == s.d2 && Double.compare(tol, s.tol) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(n1, d1, n2, d2, tol);
    }

    @Override
    public String toString() {
        return "SieveSchedule[n1=" + n1 + ", d1=" + d1 + ", n2=" + n2 + ", d2=" + d2 + ", tol=" + tol + "]";
    }
}
