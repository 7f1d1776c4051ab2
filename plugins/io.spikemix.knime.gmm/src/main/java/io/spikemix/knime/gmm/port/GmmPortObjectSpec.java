package io.spikemix.knime.gmm.port;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.config.ModelContentConfig;

/**
 * The spec of a Gaussian mixture model port: spectral column names, band axis and K, known at configure time so
 * that a downstream GMM Predictor can check its input table before execution.
 */
public final class GmmPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<GmmPortObjectSpec> {
    }

    private MixtureSpecContent content;

    /** For KNIME's loader only, which fills the spec through {@link #load(ModelContentRO)}. */
    public GmmPortObjectSpec() {
    }

    public GmmPortObjectSpec(MixtureSpecContent content) {
        this.content = content;
    }

    public MixtureSpecContent content() {
        return content;
    }

    @Override
    protected void save(ModelContentWO model) {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        try {
            content = MixtureSpecContent.load(GmmModelContent.MODEL_KIND, ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
