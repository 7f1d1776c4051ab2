package io.spikemix.knime.normalize.port;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.port.ContentPortObjectSpec;

/**
 * The spec of a normalization model port: method, spectral column names and band axis, known at configure time
 * so that a downstream Normalizer (Apply) can check its input table before execution.
 */
public final class NormalizationPortObjectSpec extends ContentPortObjectSpec<NormalizationSpecContent> {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<NormalizationPortObjectSpec> {
    }

    /** For KNIME's loader only, which fills the spec through {@code load}. */
    public NormalizationPortObjectSpec() {
    }

    public NormalizationPortObjectSpec(NormalizationSpecContent content) {
        super(content);
    }

    @Override
    protected NormalizationSpecContent read(ConfigSource in) throws ConfigException {
        return NormalizationSpecContent.load(in);
    }
}
