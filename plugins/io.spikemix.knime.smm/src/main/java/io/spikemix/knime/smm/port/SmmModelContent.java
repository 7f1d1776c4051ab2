package io.spikemix.knime.smm.port;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSink;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.Matrices;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.base.core.MixturePredictorCore;
import io.spikemix.knime.base.port.PortContent;

/**
 * A fitted spiked mixture model with the columns it was fitted on: the content of {@link SmmPortObject}, free of
 * KNIME types. Saves the spikes (K×d), weights π, noise variance σ², the log-likelihood trace, the iteration count
 * and whether the fit converged; restores the engine model with {@link SpikedMixtureModel#of}. The restored model
 * splits each saved spike into a unit direction and a length again, which can move their last bits, so it answers
 * new data with the fitted model's responsibilities to within 1e-12 (absolute; SmmModelContentTest), not bit for
 * bit; its labels are the same except where two components tie to that precision.
 *
 * <p>Spikes are in the units of the data the model was fitted on. When that data came out of a Spectral
 * Normalizer, the content also carries that normalization on the model's columns (nested config
 * {@value SmmSpecContent#KEY_NORMALIZATION}; models saved without it still load), and {@link #rawSpikes()} undoes
 * it with the engine's {@link NormalizationModel#undo(double[])}, the call {@code spikemix segment} reports raw
 * spikes with. Immutable.
 */
public final class SmmModelContent implements PortContent.Model<SmmSpecContent> {

    /** The model kind named in this model's spec messages and summary. */
    public static final String MODEL_KIND = "spiked mixture model";

    static final String KEY_SPIKES = "spikes";
    static final String KEY_PI = "pi";
    static final String KEY_SIGMA2 = "sigma2";
    static final String KEY_TRACE = "loglikTrace";
    static final String KEY_ITERATIONS = "iterations";
    static final String KEY_CONVERGED = "converged";

    private final MixtureSpecContent spec;
    private final SpikedMixtureModel model;
    private final double[] trace;
    private final int iterations;
    private final boolean converged;
    private final NormalizationModelContent normalization;

    /**
     * A model whose data were not normalized upstream (or whose normalization is not known).
     *
     * @param trace      log-likelihood per iteration (entry 0: initialisation); copied
     * @param iterations EM iterations of the returned run
     * @throws IllegalArgumentException when the model's K or d differ from the spec's
     */
    public SmmModelContent(MixtureSpecContent spec, SpikedMixtureModel model, double[] trace, int iterations,
            boolean converged) {
        this(spec, model, trace, iterations, converged, null);
    }

    private SmmModelContent(MixtureSpecContent spec, SpikedMixtureModel model, double[] trace, int iterations,
            boolean converged, NormalizationModelContent normalization) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.model = Objects.requireNonNull(model, "model");
        if (model.k() != spec.k() || model.features() != spec.features().size()) {
            throw new IllegalArgumentException("The model has K = " + model.k() + " and d = " + model.features()
                    + " but the spec says K = " + spec.k() + " and " + spec.features().size() + " columns.");
        }
        SmmSpecContent.requireModelColumns(spec, normalization == null ? null : normalization.spec());
        this.trace = trace.clone();
        this.iterations = iterations;
        this.converged = converged;
        this.normalization = normalization;
    }

    /** The spec of a model of this kind on the given columns with K components. */
    public static MixtureSpecContent specFor(FeatureSpace features, int k) {
        return new MixtureSpecContent(MODEL_KIND, features, k);
    }

    /** The content of a model just fitted, with its fit history. */
    public static SmmModelContent fitted(MixtureSpecContent spec, SpikedMixtureModel model) {
        return new SmmModelContent(spec, model, model.logLikelihoodTrace(), model.iterations(), model.converged());
    }

    /**
     * This model carrying the normalization its data went through, restricted to the model's columns in the
     * model's order ({@link NormalizationModelContent#select}).
     *
     * @param upstream the normalization fitted on (at least) the model's columns
     * @throws IllegalArgumentException listing the model's columns the normalization was not fitted on
     */
    public SmmModelContent withNormalization(NormalizationModelContent upstream) {
        return new SmmModelContent(spec, model, trace, iterations, converged,
                upstream.select(spec.features().columns()));
    }

    public MixtureSpecContent spec() {
        return spec;
    }

    /** The spec of the port: columns, K and the normalization's spec when there is one. */
    @Override
    public SmmSpecContent portSpec() {
        return new SmmSpecContent(spec, normalization == null ? null : normalization.spec());
    }

    /** The upstream normalization on the model's columns, if the data were normalized. */
    public Optional<NormalizationModelContent> normalization() {
        return Optional.ofNullable(normalization);
    }

    /**
     * The spikes (K×d, one row per spike) undone to raw units with the normalization's engine undo (method.md §6):
     * min-max x·(max_f − min_f) + min_f, l1 and TIC x times the reference scale. A spike outside the active set is
     * 0 in fitted units and becomes the undo of 0 (the feature minima for min-max, 0 for l1 and TIC).
     *
     * @throws IllegalStateException when the model carries no normalization
     */
    public double[][] rawSpikes() {
        if (normalization == null) {
            throw new IllegalStateException("The spiked mixture model carries no normalization to undo.");
        }
        NormalizationModel undo = normalization.model();
        double[][] spikes = model.spikes();
        double[][] raw = new double[spikes.length][];
        for (int k = 0; k < spikes.length; k++) {
            raw[k] = undo.undo(spikes[k]);
        }
        return raw;
    }

    /** The engine model (restored models have no fit history of their own; see {@link #logLikelihoodTrace()}). */
    /**
     * How this model scores new pixels (the SMM Predictor): one batched, multi-threaded pass of responsibilities, the
     * labels their argmax.
     */
    public MixturePredictorCore.Scorer scorer(int threads) {
        int k = model.k();
        return (data, withResponsibilities, monitor) -> {
            double[] resp = model.responsibilities(data, threads, monitor);
            return new MixturePredictorCore.Scores(k, SpikedMixtureModel.labels(resp, k),
                    row -> Arrays.copyOfRange(resp, row * k, (row + 1) * k));
        };
    }

    public SpikedMixtureModel model() {
        return model;
    }

    public double[] logLikelihoodTrace() {
        return trace.clone();
    }

    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    @Override
    public void save(ConfigSink out) {
        spec.save(out);
        if (normalization != null) {
            normalization.save(out.putChild(SmmSpecContent.KEY_NORMALIZATION));
        }
        Matrices.put(out, KEY_SPIKES, model.spikes());
        out.putDoubleArray(KEY_PI, model.pi());
        out.putDouble(KEY_SIGMA2, model.sigma2());
        out.putDoubleArray(KEY_TRACE, trace);
        out.putInt(KEY_ITERATIONS, iterations);
        out.putInt(KEY_CONVERGED, converged ? 1 : 0);
    }

    /** Reads what {@link #save} wrote; a model saved without the nested normalization config has none. */
    public static SmmModelContent load(ConfigSource in) throws ConfigException {
        MixtureSpecContent spec = MixtureSpecContent.load(MODEL_KIND, in);
        NormalizationModelContent normalization = in.contains(SmmSpecContent.KEY_NORMALIZATION)
                ? NormalizationModelContent.load(in.getChild(SmmSpecContent.KEY_NORMALIZATION))
                : null;
        double[][] spikes = Matrices.get(in, KEY_SPIKES, spec.k(), spec.features().size());
        double[] trace = in.getDoubleArray(KEY_TRACE);
        try {
            SpikedMixtureModel m = SpikedMixtureModel.of(spikes, in.getDoubleArray(KEY_PI), in.getDouble(KEY_SIGMA2));
            return new SmmModelContent(spec, m, trace == null ? new double[0] : trace, in.getInt(KEY_ITERATIONS),
                    in.getInt(KEY_CONVERGED) != 0, normalization);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException("The saved spiked mixture model is invalid: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SmmModelContent)) {
            return false;
        }
        SmmModelContent c = (SmmModelContent) o;
        return spec.equals(c.spec) && Arrays.deepEquals(model.spikes(), c.model.spikes())
                && Arrays.equals(model.pi(), c.model.pi()) && model.sigma2() == c.model.sigma2()
                && Arrays.equals(trace, c.trace) && iterations == c.iterations && converged == c.converged
                && Objects.equals(normalization, c.normalization);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, model.sigma2(), iterations);
    }
}
