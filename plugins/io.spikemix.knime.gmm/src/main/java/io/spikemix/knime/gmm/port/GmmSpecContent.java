package io.spikemix.knime.gmm.port;

import java.util.Objects;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSink;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.FeatureSpace;

/**
 * What is known about a Gaussian mixture model before it is fitted: the spectral columns and the number of
 * components K. Content of {@link GmmPortObjectSpec}, free of KNIME types. Immutable.
 */
public final class GmmSpecContent {

    static final String KEY_K = "k";

    private final FeatureSpace features;
    private final int k;

    public GmmSpecContent(FeatureSpace features, int k) {
        this.features = Objects.requireNonNull(features, "features");
        if (k < 1) {
            throw new IllegalArgumentException("The 'k' parameter must be >= 1. Got " + k + " instead.");
        }
        this.k = k;
    }

    public FeatureSpace features() {
        return features;
    }

    /** Number of spikes K. */
    public int k() {
        return k;
    }

    public void save(ConfigSink out) {
        features.save(out);
        out.putInt(KEY_K, k);
    }

    public static GmmSpecContent load(ConfigSource in) throws ConfigException {
        FeatureSpace f = FeatureSpace.load(in);
        int k = in.getInt(KEY_K);
        if (k < 1) {
            throw new ConfigException("The saved Gaussian mixture model has k = " + k + "; expected k >= 1.");
        }
        return new GmmSpecContent(f, k);
    }

    public String summary() {
        return "Gaussian mixture model, K = " + k + ", " + features.summary();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GmmSpecContent && k == ((GmmSpecContent) o).k
                && features.equals(((GmmSpecContent) o).features);
    }

    @Override
    public int hashCode() {
        return Objects.hash(features, k);
    }
}
