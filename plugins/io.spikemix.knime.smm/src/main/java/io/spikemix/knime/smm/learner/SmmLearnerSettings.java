package io.spikemix.knime.smm.learner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.spatial.Neighbourhood;
import io.spikemix.engine.spatial.SpatialOptions;
import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.spikes.SpikeRows;
import io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;
import io.spikemix.knime.smm.port.SmmModelContent;

/**
 * Settings and ports of the SMM Learner node, declared once for its model, dialog, description and test workflows,
 * and the mapping of setting values to the engine's {@link SpikedMixtureOptions}. Pure Java.
 */
public final class SmmLearnerSettings {

    /** Fully qualified name of the model port object. */
    public static final String MODEL_PORT_CLASS = "io.spikemix.knime.smm.port.SmmPortObject";

    public static final String CUSTOM = "custom";

    /** {@link #NEIGHBOURS} choice: the four pixels sharing an edge. */
    public static final String FOUR = "four";

    /** {@link #NEIGHBOURS} choice: also the four sharing a corner. */
    public static final String EIGHT = "eight";

    /** {@link #SPIKE_UNITS} choice: spikes in the units of the fitted (normalized) data. */
    public static final String FITTED = "fitted";

    /** {@link #SPIKE_UNITS} choice: spikes undone to raw units with the connected normalization model. */
    public static final String RAW = "raw";

    /** Index of the optional normalization model input port. */
    public static final int NORMALIZATION_PORT = 1;

    public static final SettingDef COLUMNS = SettingDef.columnFilter("spectralColumns", "Spectral columns", 0,
            "The double columns holding the spectrum, one per band (at least two). The pixel coordinate columns x "
                    + "and y are never treated as spectral.");

    public static final SettingDef K = SettingDef.integer("k", "Number of spikes (K)", 3, 1, 1000,
            "Number of mixture components K, each a spike (a direction in spectral space) with a weight. "
                    + "Must not exceed the number of pixels with pairwise non-parallel, non-zero spectra.");

    public static final SettingDef PRESET = SettingDef.choice("preset", "Sieving preset", "hsi",
            List.of("synthetic", "ims", "hsi", CUSTOM),
            "Random restarts and stopping rule (the paper's Table II). synthetic: n1 = 10 starts of d1 = 10 "
                    + "iterations, the best n2 = 5 continue for up to d2 = 600 iterations, tolerance 1e-8. ims: 6, 6, "
                    + "3, 60, 1e-3 (imaging mass spectrometry). hsi: 10, 10, 3, 120, 1e-3 (hyperspectral images). "
                    + "custom: the four sieving settings and the tolerance below.");

    public static final SettingDef N1 = SettingDef.integer("n1", "Starts (n1, custom)", 10, 1, 10000,
            "Custom preset only: number of random starts.");

    public static final SettingDef D1 = SettingDef.integer("d1", "Iterations per start (d1, custom)", 10, 0, 1000000,
            "Custom preset only: EM iterations every start runs before the best are kept.");

    public static final SettingDef N2 = SettingDef.integer("n2", "Starts kept (n2, custom)", 3, 1, 10000,
            "Custom preset only: number of starts (the highest log-likelihoods) that continue; at most n1.");

    public static final SettingDef D2 = SettingDef.integer("d2", "Further iterations (d2, custom)", 120, 0, 1000000,
            "Custom preset only: further EM iterations of every kept start, at most.");

    public static final SettingDef TOL = SettingDef.real("tol", "Tolerance (custom)", 1e-3, 0, 1,
            "Custom preset only: a kept start stops when the relative log-likelihood gain of an iteration is at "
                    + "most this; 0 never stops early.");

    public static final SettingDef MAX_ITER = SettingDef.integer("maxIterations", "Maximum further iterations",
            100000, 1, 1000000,
            "Upper bound on the further iterations (d2) of every kept start, for any preset: d2 is lowered to this "
                    + "value when it is larger. The default leaves every preset unchanged.");

    public static final SettingDef DELTA = SettingDef.real("delta", "Precision delta (Lemma IV.1)", 0, 0,
            Double.POSITIVE_INFINITY,
            "Pixels whose responsibility for a spike is below delta divided by the squared Frobenius norm of the "
                    + "data are left out of that spike's scatter matrix, which moves its leading eigenvalue by at "
                    + "most delta (Lemma IV.1). 0 (default) uses exact sums.");

    public static final SettingDef SEED = SettingDef.integer("seed", "Random seed", 0, 0, Integer.MAX_VALUE,
            "Seed of the random starts. A seed gives identical results for any number of threads.");

    public static final SettingDef THREADS = SettingDef.integer("threads", "Threads", 0, 0, 1024,
            "Worker threads; 0 (default) uses all available processors. Results do not depend on it.");

    public static final SettingDef APPEND_RESPONSIBILITIES = SettingDef.bool("appendResponsibilities",
            "Append responsibilities", true,
            "When on, the pixel table also gets one column p(k) per spike with the posterior probability that the "
                    + "pixel belongs to spike k.");

    public static final SettingDef SPIKE_UNITS = SettingDef.choice("spikeUnits", "Spike units", FITTED,
            List.of(FITTED, RAW),
            "Units of the spectral values in the spikes table. fitted (default): the units of the input table, as "
                    + "fitted. raw: undone with the normalization model at the second input (min-max: "
                    + "x*(max - min) + min per column; l1 and TIC: x times the median norm), as spikemix segment "
                    + "reports spikes; needs that port connected. The model output always holds the fitted spikes "
                    + "and carries the normalization when it is connected.");

    public static final SettingDef SPATIAL_BETA = SettingDef.real("spatialBeta", "Spatial strength (beta)", 0, 0,
            Double.POSITIVE_INFINITY, "Spatially regularised EM (neighbourhood EM, docs/method.md section 8): the strength with which each pixel's responsibilities are pulled towards those of its neighbours on the image grid given by the x and y columns. 0 (default) is the plain model, exactly as before. Values around 0.5 to 1.5 clean up noisy, salt-and-pepper label maps of images made of regions; the log-likelihood trace then holds the penalised criterion, which never decreases. Needs the x and y columns.").addedLater();

    public static final SettingDef NEIGHBOURS = SettingDef.choice("neighbours", "Neighbours", FOUR,
            List.of(FOUR, EIGHT), "The neighbours of a pixel for the spatial strength: four (the pixels sharing an edge, default) or eight (also those sharing a corner).").addedLater();

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("SMM Learner")
            .setting(COLUMNS).setting(K).setting(PRESET).setting(N1).setting(D1).setting(N2).setting(D2)
            .setting(TOL).setting(MAX_ITER).setting(DELTA).setting(SEED).setting(THREADS)
            .setting(APPEND_RESPONSIBILITIES).setting(SPIKE_UNITS).setting(SPATIAL_BETA).setting(NEIGHBOURS)
            .inPort(PortDef.table("Pixel table",
                    "One row per pixel: x, y coordinates, one double column per band, other columns."))
            .inPort(PortDef.optionalObject("Normalization model", SpectralNormalizerSettings.MODEL_PORT_CLASS,
                    "Optional: the model of the Spectral Normalizer the pixel table came through. The SMM model "
                            + "then carries it, and the spikes can be shown in raw units."))
            .outPort(PortDef.table("Spikes", "One row per spike: spike, pi, norm2, active, then the spike's value "
                    + "in every spectral column (same names and band properties as the input)."))
            .outPort(PortDef.table("Clustered pixels",
                    "The input table with the cluster column (1-based) and optionally the responsibilities p(k)."))
            .outPort(PortDef.object("SMM model", MODEL_PORT_CLASS,
                    "The fitted spiked mixture model, for SMM Predictor."))
            .outPort(PortDef.table("Log-likelihood trace",
                    "The log-likelihood after every EM iteration of the returned run (iteration 0: the start); with "
                            + "a spatial strength above 0 the penalised criterion of docs/method.md eq. 36."))
            .build();

    private SmmLearnerSettings() {
    }

    /**
     * The sieving schedule of the settings.
     *
     * @param preset  synthetic, ims, hsi or custom
     * @param maxIter upper bound on d2
     * @throws IllegalArgumentException naming the setting when the custom values do not form a schedule
     */
    public static SieveSchedule schedule(String preset, int n1, int d1, int n2, int d2, double tol, int maxIter) {
        SieveSchedule s;
        if (CUSTOM.equals(preset)) {
            if (n2 > n1) {
                throw new IllegalArgumentException("The '" + N2.label() + "' setting must be at most '" + N1.label()
                        + "' (" + n1 + "). Got " + n2 + " instead.");
            }
            s = SieveSchedule.of(n1, d1, n2, d2, tol);
        } else {
            s = SieveSchedule.preset(preset.toLowerCase(Locale.ROOT));
        }
        return s.d2() <= maxIter ? s : SieveSchedule.of(s.n1(), s.d1(), s.n2(), maxIter, s.tol());
    }

    /**
     * The upstream normalization the model carries, restricted to the selected spectral columns, checked against
     * the {@link #SPIKE_UNITS} setting.
     *
     * @param spikeUnits {@link #FITTED} or {@link #RAW}
     * @param connected  the spec at the normalization port, null when the port is not connected
     * @param columns    the selected spectral columns, in table order
     * @return the normalization on exactly {@code columns}, or empty when none is connected
     * @throws IllegalArgumentException when raw units are chosen without a normalization, or the normalization
     *                                  was not fitted on every selected column (naming them)
     */
    public static Optional<NormalizationSpecContent> upstreamNormalization(String spikeUnits,
            NormalizationSpecContent connected, List<String> columns) {
        if (connected == null) {
            if (RAW.equals(spikeUnits)) {
                throw new IllegalArgumentException("The '" + SPIKE_UNITS.label() + "' setting is '" + RAW
                        + "', which needs the normalization model of the input at the '"
                        + DECLARATION.inPorts().get(NORMALIZATION_PORT).name() + "' port (from Spectral "
                        + "Normalizer). Connect it or choose '" + FITTED + "'.");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(connected.select(columns));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The normalization model at the '"
                    + DECLARATION.inPorts().get(NORMALIZATION_PORT).name() + "' port does not cover the columns "
                    + "selected in '" + COLUMNS.label() + "'. " + e.getMessage() + " Connect the normalization the "
                    + "pixel table came through, or change the selection.", e);
        }
    }

    /**
     * The rows of the spikes table: per spike π, ‖x‖² and the active flag of the fitted model, and the spike's
     * values in the fitted units or, for {@link #RAW}, undone to raw units with the normalization the model carries
     * ({@link SmmModelContent#rawSpikes()}). ‖x‖² is always that of the fitted spike.
     *
     * @throws IllegalStateException for {@link #RAW} when the model carries no normalization
     */
    public static SpikeRows spikeRows(SmmModelContent fitted, String spikeUnits) {
        SpikedMixtureModel model = fitted.model();
        boolean[] active = new boolean[model.k()];
        for (int s : model.activeSet()) {
            active[s] = true;
        }
        SpikeRows rows = SpikeRows.of(model.spikes(), model.pi(), active);
        return RAW.equals(spikeUnits) ? rows.showing(fitted.rawSpikes()) : rows;
    }

    /** The engine options; {@code threads = 0} means all available processors. */
    public static SpikedMixtureOptions options(int k, SieveSchedule schedule, double delta, long seed, int threads) {
        return options(k, schedule, delta, seed, threads, SpatialOptions.NONE);
    }

    /** The engine options with spatial regularisation (β = 0: the plain model). */
    public static SpikedMixtureOptions options(int k, SieveSchedule schedule, double delta, long seed, int threads,
            SpatialOptions spatial) {
        return SpikedMixtureOptions.builder().k(k).schedule(schedule).delta(delta).seed(seed)
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
