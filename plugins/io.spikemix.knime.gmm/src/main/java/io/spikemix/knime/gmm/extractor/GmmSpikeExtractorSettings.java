package io.spikemix.knime.gmm.extractor;

import io.spikemix.knime.base.table.ResultTables;
import java.util.List;
import java.util.Locale;

import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.gmm.GaussianMixtureOptions.Initialization;
import io.spikemix.engine.spatial.Neighbourhood;
import io.spikemix.engine.spatial.SpatialOptions;
import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;

/**
 * Settings and ports of the GMM Spike Extractor node, and the mapping of setting values to the engine's
 * {@link GaussianMixtureOptions}. Pure Java.
 */
public final class GmmSpikeExtractorSettings {

    /** Fully qualified name of the model port object. */
    public static final String MODEL_PORT_CLASS = "io.spikemix.knime.gmm.port.GmmPortObject";

    /** Spikes-table column of σ²_GMM (eq. 20), the same value in every row. */
    public static final String SIGMA2_COLUMN = ResultTables.SIGMA2_GMM;
    /** Spikes-table column: 1 when the component satisfies the spectral-gap condition (eq. 19), else 0. */
    public static final String GAP_COLUMN = ResultTables.SPECTRAL_GAP_OK;

    public static final SettingDef COLUMNS = SettingDef.columnFilter("spectralColumns", "Spectral columns", 0,
            "The double columns holding the spectrum, one per band (at least two). The pixel coordinate columns x "
                    + "and y are never treated as spectral.");

    public static final SettingDef K = SettingDef.integer("k", "Number of components (K)", 3, 1, 1000,
            "Number of Gaussian components K; at most the number of distinct pixel spectra.");

    public static final SettingDef INIT = SettingDef.choice("init", "Initialization", "random_responsibilities",
            List.of("random_responsibilities", "random_observations", "kmeans_plus_plus", "kmeans"),
            "random_responsibilities (default): random soft assignments, then an M-step. random_observations: "
                    + "means at K random pixels. kmeans_plus_plus: hard assignment to k-means++ centres. kmeans: "
                    + "hard assignment by a full k-means run (scikit-learn's default).");

    public static final SettingDef N_INIT = SettingDef.integer("nInit", "Starts", 1, 1, 1000,
            "Number of starts; the one with the highest final log-likelihood wins.");

    public static final SettingDef MAX_ITER = SettingDef.integer("maxIterations", "Maximum iterations", 100, 1,
            1000000, "EM iterations per start, at most. A start stopped by this bound gives a warning.");

    public static final SettingDef TOL = SettingDef.real("tol", "Tolerance", 1e-3, 0, Double.POSITIVE_INFINITY,
            "A start stops when the mean log-likelihood per pixel changes by less than this between iterations.");

    public static final SettingDef REG_COVAR = SettingDef.real("regCovar", "Covariance regularization", 1e-6, 0,
            Double.POSITIVE_INFINITY,
            "Added to the diagonal of every covariance after each M-step so that it stays positive definite.");

    public static final SettingDef ZERO_MEAN = SettingDef.bool("zeroMean", "Zero means", false,
            "When on, every component mean is fixed at 0, as in the spiked mixture model. Off (default): free "
                    + "means, the paper's GMM baseline.");

    public static final SettingDef SEED = SettingDef.integer("seed", "Random seed", 0, 0, Integer.MAX_VALUE,
            "Seed of the initialization. A seed gives identical results for any number of threads.");

    public static final SettingDef THREADS = SettingDef.integer("threads", "Threads", 0, 0, 1024,
            "Worker threads; 0 (default) uses all available processors. Results do not depend on it.");

    public static final SettingDef APPEND_RESPONSIBILITIES = SettingDef.bool("appendResponsibilities",
            "Append responsibilities", true,
            "When on, the pixel table also gets one column p(k) per component with the posterior probability that "
                    + "the pixel belongs to component k.");

    public static final SettingDef BUDGET = SettingDef.real("budgetMinutes", "Time budget (minutes)", 10, 1e-6, 1e6,
            "When the estimated time of the fit on all pixels exceeds this many minutes, the GMM is fitted on a seeded "
                    + "random sample of pixels sized to meet it, and the fitted model assigns every pixel.")
            .addedLater();

    public static final SettingDef SAMPLE = SettingDef.integer("sampleSize", "Sample size", 0, 0, Integer.MAX_VALUE,
            "Fit on a seeded random sample of this many pixels; 0 (default) fits on all pixels, or on as many as the "
                    + "time budget allows.").addedLater();

    /** {@link #NEIGHBOURS} choice: the four pixels sharing an edge. */
    public static final String FOUR = "four";

    /** {@link #NEIGHBOURS} choice: also the four sharing a corner. */
    public static final String EIGHT = "eight";

    public static final SettingDef SPATIAL_BETA = SettingDef.real("spatialBeta", "Spatial strength (beta)", 0, 0,
            Double.POSITIVE_INFINITY, "Spatially regularised EM (neighbourhood EM, docs/method.md section 8): the strength with which each pixel's responsibilities are pulled towards those of its neighbours on the image grid given by the x and y columns. 0 (default) is the plain mixture, exactly as before. Above 0, neighbourhood EM continues from the plain fit on all pixels (a time budget or sample size is then ignored, since a sample has no neighbours), and the node's log-likelihood is the penalised criterion. Needs the x and y columns.").addedLater();

    public static final SettingDef NEIGHBOURS = SettingDef.choice("neighbours", "Neighbours", FOUR,
            List.of(FOUR, EIGHT), "The neighbours of a pixel for the spatial strength: four (the pixels sharing an edge, default) or eight (also those sharing a corner).").addedLater();

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("GMM Spike Extractor")
            .setting(COLUMNS).setting(K).setting(INIT).setting(N_INIT).setting(MAX_ITER).setting(TOL)
            .setting(REG_COVAR).setting(ZERO_MEAN).setting(SEED).setting(THREADS).setting(APPEND_RESPONSIBILITIES)
            .setting(BUDGET).setting(SAMPLE).setting(SPATIAL_BETA).setting(NEIGHBOURS)
            .inPort(PortDef.table("Pixel table",
                    "One row per pixel: x, y coordinates, one double column per band, other columns."))
            .outPort(PortDef.table("Spikes", "One row per component: spike, pi, norm2, active, sigma2_gmm, "
                    + "spectral_gap_ok, then the spike in every spectral column (same schema as SMM Learner)."))
            .outPort(PortDef.table("Clustered pixels",
                    "The input table with the cluster column (1-based) and optionally the responsibilities p(k)."))
            .outPort(PortDef.object("GMM model", MODEL_PORT_CLASS,
                    "The fitted Gaussian mixture (weights, means, covariances), for GMM Predictor."))
            .build();

    private GmmSpikeExtractorSettings() {
    }

    /** The engine's initialization for a choice of {@link #INIT}. */
    public static Initialization initialization(String choice) {
        return Initialization.valueOf(choice.toUpperCase(Locale.ROOT));
    }

    /** The engine options; {@code threads = 0} means all available processors. */
    public static GaussianMixtureOptions options(int k, String init, int nInit, int maxIter, double tol,
            double regCovar, boolean zeroMean, long seed, int threads) {
        return options(k, init, nInit, maxIter, tol, regCovar, zeroMean, seed, threads, SpatialOptions.NONE);
    }

    /** The engine options with spatial regularisation (β = 0: the plain mixture). */
    public static GaussianMixtureOptions options(int k, String init, int nInit, int maxIter, double tol,
            double regCovar, boolean zeroMean, long seed, int threads, SpatialOptions spatial) {
        return GaussianMixtureOptions.builder().k(k).init(initialization(init)).nInit(nInit).maxIter(maxIter)
                .tol(tol).regCovar(regCovar).zeroMean(zeroMean).seed(seed)
                .threads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads).spatial(spatial).build();
    }

    /**
     * The spatial options of the {@link #SPATIAL_BETA} and {@link #NEIGHBOURS} settings.
     *
     * @throws IllegalArgumentException naming the setting for a β that is negative or not finite
     */
    public static SpatialOptions spatial(double beta, String neighbours) {
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("The '" + SPATIAL_BETA.label() + "' setting must be a finite number >= 0. "
                    + "Got " + beta + " instead.");
        }
        return new SpatialOptions(beta, EIGHT.equals(neighbours) ? Neighbourhood.EIGHT : Neighbourhood.FOUR);
    }
}
