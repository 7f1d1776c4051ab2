package io.spikemix.knime.normalize.port;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.port.ContentPortObject;
import io.spikemix.knime.base.port.ContentPortObjectSpec;

/**
 * A fitted spectral normalization travelling between nodes: written by Spectral Normalizer, read by Normalizer
 * (Apply) to apply it to new tables or undo it. Saved through KNIME's model content (see
 * {@link NormalizationModelContent} for the keys).
 */
public final class NormalizationPortObject extends ContentPortObject<NormalizationModelContent, NormalizationSpecContent> {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<NormalizationPortObject> {
    }

    /** For KNIME's loader only, which fills the object through {@code load}. */
    public NormalizationPortObject() {
    }

    public NormalizationPortObject(NormalizationModelContent content) {
        super(content);
    }

    @Override
    protected NormalizationModelContent read(ConfigSource in) throws ConfigException {
        return NormalizationModelContent.load(in);
    }

    @Override
    protected ContentPortObjectSpec<NormalizationSpecContent> specOf(NormalizationSpecContent spec) {
        return new NormalizationPortObjectSpec(spec);
    }
}
