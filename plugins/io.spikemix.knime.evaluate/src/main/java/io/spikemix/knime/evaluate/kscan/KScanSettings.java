package io.spikemix.knime.evaluate.kscan;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.select.KRange;
import io.spikemix.engine.select.KScanOptions;
import io.spikemix.engine.select.ScanMethod;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;

/**
 * Settings and ports of the K Scan node, and their mapping to the engine's {@link KScanOptions}. Pure Java: the
 * node model only reads the table and writes the rows.
 */
public final class KScanSettings {

    /** Fully qualified name of KNIME's image port object (a string, so this class needs no KNIME types). */
    public static final String IMAGE_PORT_CLASS = "org.knime.core.node.port.image.ImagePortObject";

    /** The SMM schedule of {@code spikemix segment} and {@code scan-k}: 4 starts of 10, best 2 up to 300, 1e-7. */
    public static final String QUICK = "quick";

    public static final SettingDef COLUMNS = SettingDef.columnFilter("spectralColumns", "Spectral columns", 0,
            "The double columns holding the spectrum, one per band; at least two. The pixel coordinate columns x and "
                    + "y are never treated as spectral.");

    public static final SettingDef K_MIN = SettingDef.integer("kMin", "Smallest K", 2, 1, 1000,
            "The first K of the scan.");

    public static final SettingDef K_MAX = SettingDef.integer("kMax", "Largest K", 10, 1, 1000,
            "The last K of the scan; at least the smallest K and at most the number of pixels.");

    public static final SettingDef SCAN_SMM = SettingDef.bool("scanSmm", "Scan SMM", true,
            "Fit the spiked mixture model at every K and score it by BIC and ICL.");

    public static final SettingDef SCAN_GMM = SettingDef.bool("scanGmm", "Scan GMM", true,
            "Fit a full-covariance Gaussian mixture at every K and score it by BIC and ICL.");

    public static final SettingDef SCAN_KMEANS = SettingDef.bool("scanKMeans", "Scan k-means", true,
            "Fit k-means at every K and score it by inertia and silhouette.");

    public static final SettingDef PRESET = SettingDef.choice("preset", "SMM sieving preset", QUICK,
            List.of(QUICK, "synthetic", "ims", "hsi"),
            "Random restarts of every SMM fit: quick (4 starts of 10 iterations, the best 2 continue for up to 300, "
                    + "tolerance 1e-7; as spikemix segment) or the paper's Table II rows synthetic, ims, hsi.");

    public static final SettingDef SEED = SettingDef.integer("seed", "Random seed", 0, 0, Integer.MAX_VALUE,
            "Seed of every fit; the same at every K.");

    public static final SettingDef THREADS = SettingDef.integer("threads", "Threads", 0, 0, 1024,
            "Worker threads; 0 (default) uses all available processors. Results do not depend on it.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("K Scan")
            .setting(COLUMNS).setting(K_MIN).setting(K_MAX).setting(SCAN_SMM).setting(SCAN_GMM).setting(SCAN_KMEANS)
            .setting(PRESET).setting(SEED).setting(THREADS)
            .inPort(PortDef.table("Pixel table",
                    "One row per pixel: x, y coordinates, one double column per band, other columns."))
            .outPort(PortDef.table("Criteria", "One row per method and K: the log-likelihood, free parameters, BIC "
                    + "and ICL (SMM, GMM) or inertia and silhouette (k-means), and whether the K is recommended or "
                    + "at the knee."))
            .outPort(PortDef.object("Criteria plot", IMAGE_PORT_CLASS,
                    "The criteria against K, one panel per method, the recommended K and the knee marked."))
            .build();

    private KScanSettings() {
    }

    /**
     * The engine options of a scan; {@code threads = 0} means all available processors.
     *
     * @throws IllegalArgumentException with a message for the user when the range is empty or no method is chosen
     */
    public static KScanOptions options(int kMin, int kMax, boolean smm, boolean gmm, boolean kmeans, String preset,
            long seed, int threads) {
        KRange range = new KRange(kMin, kMax);
        List<ScanMethod> methods = new ArrayList<>();
        if (smm) {
            methods.add(ScanMethod.SMM);
        }
        if (gmm) {
            methods.add(ScanMethod.GMM);
        }
        if (kmeans) {
            methods.add(ScanMethod.KMEANS);
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one method to scan ('" + SCAN_SMM.label() + "', '"
                    + SCAN_GMM.label() + "' or '" + SCAN_KMEANS.label() + "').");
        }
        int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        SieveSchedule schedule = QUICK.equals(preset) ? SieveSchedule.of(4, 10, 2, 300, 1e-7) : SieveSchedule.preset(preset);
        return new KScanOptions(range, methods,
                SpikedMixtureOptions.builder().k(1).schedule(schedule).seed(seed).threads(t).build(),
                GaussianMixtureOptions.builder().k(1).seed(seed).threads(t).build(),
                KMeansOptions.builder().k(1).seed(seed).threads(t).build(), t);
    }
}
