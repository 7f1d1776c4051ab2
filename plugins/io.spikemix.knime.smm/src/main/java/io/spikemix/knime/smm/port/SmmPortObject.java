package io.spikemix.knime.smm.port;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.port.ContentPortObject;
import io.spikemix.knime.base.port.ContentPortObjectSpec;

/**
 * A fitted spiked mixture model travelling between nodes: written by SMM Learner, read by SMM Predictor to
 * assign the pixels of new tables. Carries the upstream normalization when the learner's input was normalized, so
 * its spikes can be shown in raw units. Saved through KNIME's model content (see {@link SmmModelContent} for the
 * keys).
 */
public final class SmmPortObject extends ContentPortObject<SmmModelContent, SmmSpecContent> {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<SmmPortObject> {
    }

    /** For KNIME's loader only, which fills the object through {@code load}. */
    public SmmPortObject() {
    }

    public SmmPortObject(SmmModelContent content) {
        super(content);
    }

    @Override
    protected SmmModelContent read(ConfigSource in) throws ConfigException {
        return SmmModelContent.load(in);
    }

    @Override
    protected ContentPortObjectSpec<SmmSpecContent> specOf(SmmSpecContent spec) {
        return new SmmPortObjectSpec(spec);
    }
}
