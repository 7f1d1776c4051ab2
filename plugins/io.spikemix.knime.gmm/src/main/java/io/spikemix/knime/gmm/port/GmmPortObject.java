package io.spikemix.knime.gmm.port;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.port.ContentPortObject;
import io.spikemix.knime.base.port.ContentPortObjectSpec;

/**
 * A fitted Gaussian mixture travelling between nodes: written by GMM Spike Extractor, read by GMM Predictor to
 * assign the pixels of new tables. Saved through KNIME's model content (see {@link GmmModelContent} for the keys).
 */
public final class GmmPortObject extends ContentPortObject<GmmModelContent, MixtureSpecContent> {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<GmmPortObject> {
    }

    /** For KNIME's loader only, which fills the object through {@code load}. */
    public GmmPortObject() {
    }

    public GmmPortObject(GmmModelContent content) {
        super(content);
    }

    @Override
    protected GmmModelContent read(ConfigSource in) throws ConfigException {
        return GmmModelContent.load(in);
    }

    @Override
    protected ContentPortObjectSpec<MixtureSpecContent> specOf(MixtureSpecContent spec) {
        return new GmmPortObjectSpec(spec);
    }
}
