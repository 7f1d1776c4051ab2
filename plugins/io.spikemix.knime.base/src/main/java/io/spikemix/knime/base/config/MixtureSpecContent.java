package io.spikemix.knime.base.config;

import java.util.Objects;

import io.spikemix.knime.base.port.PortContent;

/**
 * What is known about a mixture model (spiked or Gaussian) before it is fitted: the spectral columns and the number
 * of components K. The content of the SMM and GMM port object specs, free of KNIME types. The model kind is a
 * lower-case label ("spiked mixture model", "Gaussian mixture model") used only in messages and the summary; it is
 * not saved, the port type already says which model a spec belongs to. Immutable.
 */
public final class MixtureSpecContent implements PortContent.Spec {

    static final String KEY_K = "k";

    private final String modelKind;
    private final FeatureSpace features;
    private final int k;

    /**
     * @param modelKind lower-case name of the model, e.g. "spiked mixture model"
     * @throws IllegalArgumentException when k &lt; 1
     */
    public MixtureSpecContent(String modelKind, FeatureSpace features, int k) {
        this.modelKind = Objects.requireNonNull(modelKind, "modelKind");
        this.features = Objects.requireNonNull(features, "features");
        if (k < 1) {
            throw new IllegalArgumentException("The 'k' parameter must be >= 1. Got " + k + " instead.");
        }
        this.k = k;
    }

    public String modelKind() {
        return modelKind;
    }

    public FeatureSpace features() {
        return features;
    }

    /** Number of components (spikes) K. */
    public int k() {
        return k;
    }

    @Override
    public void save(ConfigSink out) {
        features.save(out);
        out.putInt(KEY_K, k);
    }

    /** Reads what {@link #save} wrote, for a model of the given kind. */
    public static MixtureSpecContent load(String modelKind, ConfigSource in) throws ConfigException {
        FeatureSpace f = FeatureSpace.load(in);
        int k = in.getInt(KEY_K);
        if (k < 1) {
            throw new ConfigException("The saved " + modelKind + " has k = " + k + "; expected k >= 1.");
        }
        return new MixtureSpecContent(modelKind, f, k);
    }

    @Override
    public String summary() {
        return Character.toUpperCase(modelKind.charAt(0)) + modelKind.substring(1) + ", K = " + k + ", "
                + features.summary();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MixtureSpecContent)) {
            return false;
        }
        MixtureSpecContent other = (MixtureSpecContent) o;
        return k == other.k && modelKind.equals(other.modelKind) && features.equals(other.features);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelKind, features, k);
    }
}
