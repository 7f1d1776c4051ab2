package io.spikemix.knime.kmeans.segmenter;

import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;

/**
 * Settings and ports of the k-Means Segmenter node, and the mapping of setting values to the engine's
 * {@link KMeansOptions}. Pure Java.
 */
public final class KMeansSegmenterSettings {

    public static final SettingDef COLUMNS = SettingDef.columnFilter("spectralColumns", "Spectral columns", 0,
            "The double columns holding the spectrum, one per band. The pixel coordinate columns x and y are never "
                    + "treated as spectral.");

    public static final SettingDef K = SettingDef.integer("k", "Number of clusters (K)", 3, 1, 1000,
            "Number of clusters K; at most the number of distinct pixel spectra.");

    public static final SettingDef N_INIT = SettingDef.integer("nInit", "Starts", 1, 1, 1000,
            "Number of k-means++ starts; the one with the lowest inertia wins.");

    public static final SettingDef MAX_ITER = SettingDef.integer("maxIterations", "Maximum iterations", 300, 1,
            1000000, "Lloyd iterations per start, at most. A start stopped by this bound gives a warning.");

    public static final SettingDef TOL = SettingDef.real("tol", "Tolerance", 1e-4, 0, 1,
            "A start stops when the squared centroid shift summed over clusters is at most this times the mean "
                    + "per-feature variance of the data, or when no label changes.");

    public static final SettingDef SEED = SettingDef.integer("seed", "Random seed", 0, 0, Integer.MAX_VALUE,
            "Seed of the k-means++ starts. A seed gives identical results for any number of threads.");

    public static final SettingDef THREADS = SettingDef.integer("threads", "Threads", 0, 0, 1024,
            "Worker threads; 0 (default) uses all available processors. Results do not depend on it.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("k-Means Segmenter")
            .setting(COLUMNS).setting(K).setting(N_INIT).setting(MAX_ITER).setting(TOL).setting(SEED)
            .setting(THREADS)
            .inPort(PortDef.table("Pixel table",
                    "One row per pixel: x, y coordinates, one double column per band, other columns."))
            .outPort(PortDef.table("Clustered pixels", "The input table with the cluster column (1-based)."))
            .outPort(PortDef.table("Centroids", "One row per cluster: cluster, pixels (cluster size), then the "
                    + "centroid in every spectral column (same names and band properties as the input)."))
            .build();

    private KMeansSegmenterSettings() {
    }

    /** The engine options; {@code threads = 0} means all available processors. */
    public static KMeansOptions options(int k, int nInit, int maxIter, double tol, long seed, int threads) {
        return KMeansOptions.builder().k(k).nInit(nInit).maxIter(maxIter).tol(tol).seed(seed)
                .threads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads).build();
    }

    /** Pixels per cluster: {@code counts[c]} = number of entries of {@code labels} (0-based) equal to c. */
    public static int[] clusterSizes(int[] labels, int k) {
        int[] counts = new int[k];
        for (int l : labels) {
            counts[l]++;
        }
        return counts;
    }
}
