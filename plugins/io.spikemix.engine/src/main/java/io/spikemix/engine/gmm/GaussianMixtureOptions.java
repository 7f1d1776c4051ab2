package io.spikemix.engine.gmm;

import io.spikemix.engine.options.OptionChecks;
import io.spikemix.engine.spatial.SpatialOptions;

/**
 * Immutable settings of a full-covariance Gaussian mixture fit ({@link GaussianMixtureFitter}); create with
 * {@link #builder()}. Defaults follow scikit-learn's {@code GaussianMixture} except the initialisation (see
 * {@link Initialization}).
 *
 * <ul>
 * <li>{@code k} (int, default 1, ≥ 1): number of components; at most the number of distinct pixels.</li>
 * <li>{@code regCovar} (double, default 1e-6, ≥ 0): RELATIVE to the data's scale: regCovar · v̄, with v̄ the mean
 * per-feature variance of the training data (tr Cov(Y) / d, or 1 when all pixels are equal), is added to the diagonal
 * of every covariance after each M-step so that it stays positive definite. Relative, unlike scikit-learn's absolute
 * {@code reg_covar}, so that data scaled by 1e-3 or 1e-4 fit like unscaled data (issue 17 item 9; see
 * {@link DataScale}); for data of unit variance the two agree. The absolute value added is reported by
 * {@link GaussianMixtureModel#appliedRegularization()}. When a covariance is still not positive definite the fitter adds more, ten times
 * as much at a time, and reports the component ({@link GaussianMixtureModel#regularizedComponents()}).
 * With {@code regCovar = 0} the M-step is the exact maximiser and the log-likelihood never decreases.</li>
 * <li>{@code init} (default {@link Initialization#RANDOM_RESPONSIBILITIES}).</li>
 * <li>{@code nInit} (int, default 1, ≥ 1): starts; the one with the highest final log-likelihood wins.</li>
 * <li>{@code tol} (double, default 1e-3, ≥ 0): a start stops when the gain in the MEAN log-likelihood per pixel
 * between two iterations is below {@code tol} in absolute value (scikit-learn's semantics, so the threshold does not
 * depend on the number of pixels).</li>
 * <li>{@code maxIter} (int, default 100, ≥ 1): EM iterations per start.</li>
 * <li>{@code seed} (long, default 0): the only source of randomness; a fixed seed gives bit-identical results for
 * any thread count.</li>
 * <li>{@code threads} (int, default = available processors, ≥ 1).</li>
 * <li>{@code zeroMean} (boolean, default false): fix every component mean at 0, as the spiked mixture model does;
 * the paper's GMM baseline has free means, the default.</li>
 * </ul>
 */
public final class GaussianMixtureOptions {

    /**
     * How each start chooses its first parameters.
     *
     * <p>Default {@link #RANDOM_RESPONSIBILITIES}, chosen by measurement (test class
     * {@code io.spikemix.engine.bench.GmmInitializationExperiment}, free means, 10 spiked-mixture datasets per
     * setting, seed = dataset index, tol 1e-6, ≤ 1000 iterations; mean Hausdorff d_sqe of the eq. 21 spikes to the
     * truth, lower is better):
     * <table>
     * <caption>mean H_sqe, single start (nInit = 5 in parentheses)</caption>
     * <tr><th>setting</th><th>RANDOM_RESPONSIBILITIES</th><th>RANDOM_OBSERVATIONS</th><th>KMEANS_PLUS_PLUS</th>
     * <th>KMEANS</th></tr>
     * <tr><td>Fig. 2, K=3, d=2, σ²=0.01</td><td>0.021 (0.021)</td><td>0.021 (0.021)</td><td>0.228 (0.021)</td>
     * <td>0.207 (0.117)</td></tr>
     * <tr><td>Fig. 2, K=3, d=2, σ²=0.5</td><td>0.457 (0.418)</td><td>0.596 (0.586)</td><td>0.755 (0.759)</td>
     * <td>0.856 (0.636)</td></tr>
     * <tr><td>K=3, d=5, σ²=0.5, x ~ N(0, I)</td><td>0.300 (0.040)</td><td>0.755 (0.134)</td><td>1.233 (0.335)</td>
     * <td>1.256 (0.928)</td></tr>
     * </table>
     * Spiked-mixture pixels lie near lines through the origin; k-means (full, or its ++ seeding) cuts each line into
     * two halves on either side of the origin, and EM started there stays in that local optimum. Random
     * responsibilities start every component near the global covariance and let EM split the data along the lines.
     * With {@code zeroMean} all four initialisations did about equally well.
     */
    public enum Initialization {
        /** Each pixel gets random responsibilities (uniform, normalised), then an M-step (scikit-learn "random"). */
        RANDOM_RESPONSIBILITIES,
        /**
         * Means are K distinct random pixels and every covariance is the mean per-feature variance times I; with
         * {@code zeroMean} the means are 0 and covariances y yᵀ + (‖Y‖²_F/(N·d)) I for the K pixels y, the
         * spiked mixture model's start.
         */
        RANDOM_OBSERVATIONS,
        /** Hard assignment of every pixel to the nearest of K greedy k-means++ centres, then an M-step. */
        KMEANS_PLUS_PLUS,
        /** Hard assignment by a full k-means run from a k-means++ start (scikit-learn's default "kmeans"). */
        KMEANS
    }

    private final int k;
    private final double regCovar;
    private final Initialization init;
    private final int nInit;
    private final double tol;
    private final int maxIter;
    private final long seed;
    private final int threads;
    private final boolean zeroMean;
    private final SpatialOptions spatial;

    private GaussianMixtureOptions(Builder b) {
        this.k = b.k;
        this.regCovar = b.regCovar;
        this.init = b.init;
        this.nInit = b.nInit;
        this.tol = b.tol;
        this.maxIter = b.maxIter;
        this.seed = b.seed;
        this.threads = b.threads;
        this.zeroMean = b.zeroMean;
        this.spatial = b.spatial;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to derive a variant. */
    public Builder toBuilder() {
        return new Builder().k(k).regCovar(regCovar).init(init).nInit(nInit).tol(tol).maxIter(maxIter).seed(seed)
                .threads(threads).zeroMean(zeroMean).spatial(spatial);
    }

    public int k() {
        return k;
    }

    public double regCovar() {
        return regCovar;
    }

    public Initialization init() {
        return init;
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

    public boolean zeroMean() {
        return zeroMean;
    }

    /** Neighbourhood EM (method.md §8); {@link SpatialOptions#NONE} by default. */
    public SpatialOptions spatial() {
        return spatial;
    }

    @Override
    public String toString() {
        return "GaussianMixtureOptions[k=" + k + ", regCovar=" + regCovar + ", init=" + init + ", nInit=" + nInit
                + ", tol=" + tol + ", maxIter=" + maxIter + ", seed=" + seed + ", threads=" + threads + ", zeroMean="
                + zeroMean + (spatial.active() ? ", " + spatial : "") + "]";
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private int k = 1;
        private double regCovar = 1e-6;
        private Initialization init = Initialization.RANDOM_RESPONSIBILITIES;
        private int nInit = 1;
        private double tol = 1e-3;
        private int maxIter = 100;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean zeroMean;
        private SpatialOptions spatial = SpatialOptions.NONE;

        private Builder() {
        }

        public Builder k(int value) {
            this.k = value;
            return this;
        }

        public Builder regCovar(double value) {
            this.regCovar = value;
            return this;
        }

        public Builder init(Initialization value) {
            this.init = value;
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

        public Builder zeroMean(boolean value) {
            this.zeroMean = value;
            return this;
        }

        /** Neighbourhood EM with β and V(i) (method.md §8); {@link SpatialOptions#NONE} for the plain mixture. */
        public Builder spatial(SpatialOptions value) {
            this.spatial = java.util.Objects.requireNonNull(value, "spatial");
            return this;
        }

        /** @throws IllegalArgumentException naming the first parameter out of range */
        public GaussianMixtureOptions build() {
            OptionChecks.atLeast("k", k, 1);
            OptionChecks.atLeast("regCovar", regCovar, 0);
            if (init == null) {
                throw new IllegalArgumentException("The 'init' parameter must be one of "
                        + java.util.Arrays.toString(Initialization.values()) + ". Got null instead.");
            }
            OptionChecks.atLeast("nInit", nInit, 1);
            OptionChecks.atLeast("tol", tol, 0);
            OptionChecks.atLeast("maxIter", maxIter, 1);
            OptionChecks.atLeast("threads", threads, 1);
            return new GaussianMixtureOptions(this);
        }
    }
}
