package io.spikemix.knime.smm.port;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.port.ContentPortObjectSpec;

/**
 * The spec of a spiked mixture model port: spectral column names, band axis and K, known at configure time so
 * that a downstream SMM Predictor can check its input table before execution, and the upstream normalization's
 * spec when the model's data were normalized ({@link SmmSpecContent}).
 */
public final class SmmPortObjectSpec extends ContentPortObjectSpec<SmmSpecContent> {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<SmmPortObjectSpec> {
    }

    /** For KNIME's loader only, which fills the spec through {@code load}. */
    public SmmPortObjectSpec() {
    }

    public SmmPortObjectSpec(SmmSpecContent content) {
        super(content);
    }

    @Override
    protected SmmSpecContent read(ConfigSource in) throws ConfigException {
        return SmmSpecContent.load(in);
    }
}
