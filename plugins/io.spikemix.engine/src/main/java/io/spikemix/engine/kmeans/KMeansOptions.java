package io.spikemix.engine.kmeans;

import io.spikemix.engine.options.OptionChecks;

/**
 * Immutable settings of a k-means fit ({@link KMeansFitter}); create with {@link #builder()}.
 *
 * <p>Parameters, with defaults (those of scikit-learn's {@code KMeans}):
 * <ul>
 * <li>{@code k} (int, default 8, ≥ 1): number of clusters; must not exceed the number of distinct pixels.</li>
 * <li>{@code nInit} (int, default 1, ≥ 1): number of k-means++ starts; the one with the lowest inertia wins.</li>
 * <li>{@code tol} (double, default 1e-4, ≥ 0): a run stops when the squared centroid shift summed over clusters is
 * at most {@code tol} × (mean per-feature variance of the data), so the threshold is scale free; it also stops when
 * no label changes.</li>
 * <li>{@code maxIter} (int, default 300, ≥ 1): Lloyd iterations per start.</li>
 * <li>{@code seed} (long, default 0): the only source of randomness; a fixed seed gives identical results for any
 * thread count.</li>
 * <li>{@code threads} (int, default = available processors, ≥ 1).</li>
 * <li>{@code algorithm} ({@link Algorithm}, default {@link Algorithm#HAMERLY}): how the assignment step finds the
 * nearest centroid. Both give identical centroids, labels and inertia; they differ only in speed.</li>
 * </ul>
 */
public final class KMeansOptions {

    /** The assignment step of a Lloyd iteration (scikit-learn's {@code algorithm} parameter). */
    public enum Algorithm {
        /** Every pixel is compared with every centroid in every iteration: O(N·K·d) per iteration. */
        LLOYD,
        /**
         * Hamerly's bounds ({@link HamerlyAssignment}) let most pixels keep their centroid after one exact distance:
         * O(N·d) per iteration plus O(K·d) per pixel whose bounds fail; one more double per pixel.
         */
        HAMERLY
    }

    private final int k;
    private final int nInit;
    private final double tol;
    private final int maxIter;
    private final long seed;
    private final int threads;
    private final Algorithm algorithm;

    private KMeansOptions(Builder b) {
        this.k = b.k;
        this.nInit = b.nInit;
        this.tol = b.tol;
        this.maxIter = b.maxIter;
        this.seed = b.seed;
        this.threads = b.threads;
        this.algorithm = b.algorithm;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to derive a variant. */
    public Builder toBuilder() {
        return new Builder().k(k).nInit(nInit).tol(tol).maxIter(maxIter).seed(seed).threads(threads).algorithm(algorithm);
    }

    public int k() {
        return k;
    }

    public int nInit() {
        return nInit;
    }

    public double tol() {
        return tol;
    }

    public int maxIter() {
        return maxIter;
    }

    public long seed() {
        return seed;
    }

    public int threads() {
        return threads;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    @Override
    public String toString() {
        return "KMeansOptions[k=" + k + ", nInit=" + nInit + ", tol=" + tol + ", maxIter=" + maxIter + ", seed="
                + seed + ", threads=" + threads + ", algorithm=" + algorithm + "]";
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private int k = 8;
        private int nInit = 1;
        private double tol = 1e-4;
        private int maxIter = 300;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Algorithm algorithm = Algorithm.HAMERLY;

        private Builder() {
        }

        public Builder k(int value) {
            this.k = value;
            return this;
        }

        public Builder nInit(int value) {
            this.nInit = value;
            return this;
        }

        public Builder tol(double value) {
            this.tol = value;
            return this;
        }

        public Builder maxIter(int value) {
            this.maxIter = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        public Builder algorithm(Algorithm value) {
            this.algorithm = java.util.Objects.requireNonNull(value, "The 'algorithm' parameter must not be null.");
            return this;
        }

        /** @throws IllegalArgumentException naming the first parameter out of range */
        public KMeansOptions build() {
            OptionChecks.atLeast("k", k, 1);
            OptionChecks.atLeast("nInit", nInit, 1);
            OptionChecks.atLeast("tol", tol, 0);
            OptionChecks.atLeast("maxIter", maxIter, 1);
            OptionChecks.atLeast("threads", threads, 1);
            return new KMeansOptions(this);
        }
    }
}
