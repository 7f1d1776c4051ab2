package io.spikemix.knime.normalize.port;

import java.util.List;
import java.util.Objects;

import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSink;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.port.PortContent;

/**
 * A fitted normalization together with the columns it was fitted on: the content of
 * {@link NormalizationPortObject}, free of KNIME types. Saves the engine model's statistics (per-feature min/max,
 * reference scale) next to the {@link NormalizationSpecContent}, and restores the engine model from them. Immutable.
 */
public final class NormalizationModelContent implements PortContent.Model<NormalizationSpecContent> {

    static final String KEY_FEATURE_MIN = "featureMin";
    static final String KEY_FEATURE_MAX = "featureMax";
    static final String KEY_REFERENCE_SCALE = "referenceScale";

    private final NormalizationSpecContent spec;
    private final NormalizationModel model;

    /**
     * @throws IllegalArgumentException when the model's method or feature count differs from the spec's
     */
    public NormalizationModelContent(NormalizationSpecContent spec, NormalizationModel model) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.model = Objects.requireNonNull(model, "model");
        if (model.method() != spec.method()) {
            throw new IllegalArgumentException("The model is a " + model.method().label() + " normalization but the "
                    + "spec says " + spec.method().label() + ".");
        }
        if (model.featureCount() != spec.columns().size()) {
            throw new IllegalArgumentException("The model has " + model.featureCount() + " features but the spec "
                    + "names " + spec.columns().size() + " spectral columns.");
        }
    }

    public NormalizationSpecContent spec() {
        return spec;
    }

    /** The spec the port announces: {@link #spec()}. */
    @Override
    public NormalizationSpecContent portSpec() {
        return spec;
    }

    public NormalizationModel model() {
        return model;
    }

    /**
     * This normalization restricted to the given columns, in their order ({@link NormalizationSpecContent#select}):
     * the per-feature minima and maxima of those columns and the same reference scale, so that
     * {@code select(names).model().undo(x)} equals the whole model's undo on those features.
     *
     * @throws IllegalArgumentException listing the columns this normalization was not fitted on
     */
    public NormalizationModelContent select(List<String> names) {
        int[] idx = spec.indicesOf(names);
        double[] min = model.featureMin();
        double[] max = model.featureMax();
        double[] selMin = new double[idx.length];
        double[] selMax = new double[idx.length];
        for (int f = 0; f < idx.length; f++) {
            selMin[f] = min[idx[f]];
            selMax[f] = max[idx[f]];
        }
        return new NormalizationModelContent(spec.select(names),
                NormalizationModel.restore(model.method(), selMin, selMax, model.referenceScale()));
    }

    /** Writes the spec and the model's statistics. */
    @Override
    public void save(ConfigSink out) {
        spec.save(out);
        out.putDoubleArray(KEY_FEATURE_MIN, model.featureMin());
        out.putDoubleArray(KEY_FEATURE_MAX, model.featureMax());
        out.putDouble(KEY_REFERENCE_SCALE, model.referenceScale());
    }

    /** Reads what {@link #save(ConfigSink)} wrote and restores the engine model. */
    public static NormalizationModelContent load(ConfigSource in) throws ConfigException {
        NormalizationSpecContent spec = NormalizationSpecContent.load(in);
        try {
            NormalizationModel model = NormalizationModel.restore(spec.method(), in.getDoubleArray(KEY_FEATURE_MIN),
                    in.getDoubleArray(KEY_FEATURE_MAX), in.getDouble(KEY_REFERENCE_SCALE));
            return new NormalizationModelContent(spec, model);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException("The saved normalization model is invalid: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NormalizationModelContent)) {
            return false;
        }
        NormalizationModelContent c = (NormalizationModelContent) o;
        return spec.equals(c.spec) && model.equals(c.model);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, model);
    }
}
