package io.spikemix.engine.smm;

import io.spikemix.engine.options.OptionChecks;
import io.spikemix.engine.spatial.SpatialOptions;

import java.util.Objects;

/**
 * Immutable configuration of a spiked mixture model fit (method.md §2–3). Build with {@link #builder()}; every
 * setter validates its value and {@link Builder#build()} checks that K was given.
 *
 * <p><b>Initialisation</b> (the paper is silent): each start takes K distinct, non-zero random observations as the
 * spikes, π uniform and σ² = ‖Y‖²_F/(dN) (the variance of pure noise). Observations are the natural guess because
 * every pixel is a scaled noisy copy of some spike; "distinct" (no two equal up to sign) keeps two components from
 * starting identical, which EM could never separate. The independent NumPy reference uses the same rule.
 *
 * <p><b>Eigen method</b>: the M-step needs the leading eigenpair of each d×d matrix A_k. {@link EigenMethod#DENSE}
 * forms the matrices (cost N·K·d²/2 per iteration) and solves them with EJML; {@link EigenMethod#ITERATIVE} runs
 * Lanczos on products A_k·v (cost ≈ 4·N·K·d per data pass, a few passes per iteration) and never forms them;
 * {@link EigenMethod#AUTO} picks DENSE for d ≤ {@link #DENSE_MAX_FEATURES}, the switch point measured with
 * {@code SmmBenchmark}.
 *
 * <p><b>Spatial regularisation</b> ({@link SpatialOptions}, method.md §8): with β &gt; 0 the fit is neighbourhood EM
 * on the image grid passed to {@link SpikedMixtureFitter#fit(io.spikemix.engine.data.SpectralMatrix,
 * io.spikemix.engine.spatial.SpatialGrid, io.spikemix.engine.progress.ProgressMonitor)}; the default β = 0 runs the
 * plain model's code unchanged.
 */
public final class SpikedMixtureOptions {

    /**
     * Largest d for which {@link EigenMethod#AUTO} forms the scatter matrices. Re-measured with the SIMD tile kernels
     * ({@code releng/bench/run.sh SmmBenchmark --n 100000 --d D --k 10 --iters 30 --threads 1 --eigen dense|iterative
     * --no-reference}, machine load 7–8 on 2 cores; mean process CPU seconds per iteration incl. JIT, dense /
     * iterative): d = 6: 0.077 / 0.078; d = 7: 0.115 / 0.093; d = 8: 0.118 / 0.110; d = 10: 0.127 / 0.094. A 15-iteration
     * series gave d = 4: 0.079 / 0.119; d = 5: 0.100 / 0.138; d = 6: 0.107 / 0.127; d = 7: 0.100 / 0.136; d = 8: 0.130 /
     * 0.118; d = 12: 0.181 / 0.093; d = 16: 0.225 / 0.155; d = 32: 0.468 / 0.157. The two cost the same at d ≈ 6–7
     * (Lanczos needs about 3 passes per iteration of O(K·d) per pixel, forming A_k one pass of O(K·d²)), so the
     * switch stays after d = 6, as measured before the tile kernels (scalar kernels, N = 20,000).
     */
    public static final int DENSE_MAX_FEATURES = 6;

    /** How the leading eigenpairs of the weighted scatter matrices are found. */
    public enum EigenMethod {
        /** DENSE for small d, ITERATIVE otherwise. */
        AUTO,
        /** Form A_k and use EJML's symmetric eigensolver. */
        DENSE,
        /** Lanczos on products A_k·v, warm-started from the previous iteration's eigenvectors. */
        ITERATIVE
    }

    private final int k;
    private final SieveSchedule schedule;
    private final double delta;
    private final long seed;
    private final int threads;
    private final EigenMethod eigenMethod;
    private final SpatialOptions spatial;

    private SpikedMixtureOptions(Builder b) {
        this.k = b.k;
        this.schedule = b.schedule;
        this.delta = b.delta;
        this.seed = b.seed;
        this.threads = b.threads;
        this.eigenMethod = b.eigenMethod;
        this.spatial = b.spatial;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.k = k;
        b.schedule = schedule;
        b.delta = delta;
        b.seed = seed;
        b.threads = threads;
        b.eigenMethod = eigenMethod;
        b.spatial = spatial;
        return b;
    }

    /** Number of spikes K. */
    public int k() {
        return k;
    }

    /** Restarts and stopping rule. */
    public SieveSchedule schedule() {
        return schedule;
    }

    /** Lemma IV.1 precision δ ≥ 0; 0 = exact sums. */
    public double delta() {
        return delta;
    }

    public long seed() {
        return seed;
    }

    /** Worker threads; results do not depend on it. */
    public int threads() {
        return threads;
    }

    public EigenMethod eigenMethod() {
        return eigenMethod;
    }

    /** Spatial regularisation; {@link SpatialOptions#NONE} by default. */
    public SpatialOptions spatial() {
        return spatial;
    }

    /** Whether the fit of data with {@code d} features forms the d×d matrices. */
    public boolean usesDenseEigen(int d) {
        return eigenMethod == EigenMethod.DENSE || (eigenMethod == EigenMethod.AUTO && d <= DENSE_MAX_FEATURES);
    }

    @Override
    public String toString() {
        return "SpikedMixtureOptions[k=" + k + ", " + schedule + ", delta=" + delta + ", seed=" + seed + ", threads="
                + threads + ", eigen=" + eigenMethod + (spatial.active() ? ", " + spatial : "") + "]";
    }

    /** Mutable builder; defaults: synthetic schedule, δ = 0, seed 0, all available processors, AUTO eigen, no spatial term. */
    public static final class Builder {
        private int k = -1;
        private SieveSchedule schedule = SieveSchedule.SYNTHETIC;
        private double delta;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private EigenMethod eigenMethod = EigenMethod.AUTO;
        private SpatialOptions spatial = SpatialOptions.NONE;

        private Builder() {
        }

        /** Number of spikes, ≥ 1 (and ≤ the number of distinct non-zero pixels, checked at fit time). */
        public Builder k(int value) {
            OptionChecks.atLeast("k", value, 1);
            this.k = value;
            return this;
        }

        public Builder schedule(SieveSchedule value) {
            this.schedule = Objects.requireNonNull(value, "schedule");
            return this;
        }

        /** No sieving: one start, at most {@code maxIter} iterations, exactly that many when {@code tol = 0}. */
        public Builder singleStart(int maxIter, double tol) {
            this.schedule = SieveSchedule.singleStart(maxIter, tol);
            return this;
        }

        /** Lemma IV.1 precision: rows with ρ_ik < δ/‖Y‖²_F are left out of A_k, moving λ₁(A_k) by at most δ. */
        public Builder delta(double value) {
            OptionChecks.nonNegativeFinite("delta", value);
            this.delta = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder threads(int value) {
            OptionChecks.atLeast("threads", value, 1);
            this.threads = value;
            return this;
        }

        public Builder eigenMethod(EigenMethod value) {
            this.eigenMethod = Objects.requireNonNull(value, "eigenMethod");
            return this;
        }

        /** Neighbourhood EM with β and V(i) (method.md §8); {@link SpatialOptions#NONE} for the plain model. */
        public Builder spatial(SpatialOptions value) {
            this.spatial = Objects.requireNonNull(value, "spatial");
            return this;
        }

        public SpikedMixtureOptions build() {
            if (k < 1) {
                throw new IllegalArgumentException("The 'k' parameter must be set to a value >= 1.");
            }
            return new SpikedMixtureOptions(this);
        }
    }
}
