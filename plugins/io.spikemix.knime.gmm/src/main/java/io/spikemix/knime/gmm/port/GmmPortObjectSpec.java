package io.spikemix.knime.gmm.port;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.port.ContentPortObjectSpec;

/**
 * The spec of a Gaussian mixture model port: spectral column names, band axis and K, known at configure time so
 * that a downstream GMM Predictor can check its input table before execution.
 */
public final class GmmPortObjectSpec extends ContentPortObjectSpec<MixtureSpecContent> {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<GmmPortObjectSpec> {
    }

    /** For KNIME's loader only, which fills the spec through {@code load}. */
    public GmmPortObjectSpec() {
    }

    public GmmPortObjectSpec(MixtureSpecContent content) {
        super(content);
    }

    @Override
    protected MixtureSpecContent read(ConfigSource in) throws ConfigException {
        return MixtureSpecContent.load(GmmModelContent.MODEL_KIND, in);
    }
}
