package io.spikemix.knime.smm.port;

import java.util.Objects;
import java.util.Optional;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSink;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;
import io.spikemix.knime.base.port.PortContent;

/**
 * What is known about a spiked mixture model before it is fitted: its columns and K ({@link MixtureSpecContent}),
 * and, when the data were normalized upstream, that normalization restricted to the model's columns. The content
 * of {@link SmmPortObjectSpec}, free of KNIME types.
 *
 * <p>The normalization is saved in the nested config {@value #KEY_NORMALIZATION} (its keys repeat the column
 * keys of the mixture spec); specs saved before it existed have no such config and load without a normalization.
 * Immutable.
 */
public final class SmmSpecContent implements PortContent.Spec {

    /** Nested config holding the upstream normalization, absent when there is none. */
    static final String KEY_NORMALIZATION = "normalization";

    private final MixtureSpecContent mixture;
    private final NormalizationSpecContent normalization;

    /**
     * @param normalization the upstream normalization on exactly the model's columns, in the model's order; null
     *                      when the data were not normalized (or the normalization is unknown)
     * @throws IllegalArgumentException when the normalization's columns differ from the model's
     */
    public SmmSpecContent(MixtureSpecContent mixture, NormalizationSpecContent normalization) {
        this.mixture = Objects.requireNonNull(mixture, "mixture");
        requireModelColumns(mixture, normalization);
        this.normalization = normalization;
    }

    /**
     * @throws IllegalArgumentException when a (non-null) normalization is not on exactly the model's columns
     */
    static void requireModelColumns(MixtureSpecContent mixture, NormalizationSpecContent normalization) {
        if (normalization != null && !normalization.columns().equals(mixture.features().columns())) {
            throw new IllegalArgumentException("The normalization is on the columns " + normalization.columns()
                    + " but the model is on " + mixture.features().columns() + "; select the model's columns of "
                    + "the normalization first.");
        }
    }

    /** The columns and K, as for every mixture model. */
    public MixtureSpecContent mixture() {
        return mixture;
    }

    /** The upstream normalization on the model's columns, if the data were normalized. */
    public Optional<NormalizationSpecContent> normalization() {
        return Optional.ofNullable(normalization);
    }

    @Override
    public void save(ConfigSink out) {
        mixture.save(out);
        if (normalization != null) {
            normalization.save(out.putChild(KEY_NORMALIZATION));
        }
    }

    /** Reads what {@link #save} wrote; a spec without the nested normalization config has no normalization. */
    public static SmmSpecContent load(ConfigSource in) throws ConfigException {
        MixtureSpecContent mixture = MixtureSpecContent.load(SmmModelContent.MODEL_KIND, in);
        NormalizationSpecContent normalization = in.contains(KEY_NORMALIZATION)
                ? NormalizationSpecContent.load(in.getChild(KEY_NORMALIZATION))
                : null;
        try {
            return new SmmSpecContent(mixture, normalization);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("The saved spiked mixture model is invalid: " + e.getMessage(), e);
        }
    }

    /** The mixture summary, followed by the normalization's when there is one. */
    @Override
    public String summary() {
        return mixture.summary() + (normalization == null ? "" : "; fitted after " + normalization.summary());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SmmSpecContent)) {
            return false;
        }
        SmmSpecContent s = (SmmSpecContent) o;
        return mixture.equals(s.mixture) && Objects.equals(normalization, s.normalization);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mixture, normalization);
    }
}
