package io.spikemix.knime.smm.port;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ModelContentConfig;

/**
 * The spec of a spiked mixture model port: spectral column names, band axis and K, known at configure time so
 * that a downstream SMM Predictor can check its input table before execution, and the upstream normalization's
 * spec when the model's data were normalized ({@link SmmSpecContent}).
 */
public final class SmmPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<SmmPortObjectSpec> {
    }

    private SmmSpecContent content;

    /** For KNIME's loader only, which fills the spec through {@link #load(ModelContentRO)}. */
    public SmmPortObjectSpec() {
    }

    public SmmPortObjectSpec(SmmSpecContent content) {
        this.content = content;
    }

    public SmmSpecContent content() {
        return content;
    }

    @Override
    protected void save(ModelContentWO model) {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        try {
            content = SmmSpecContent.load(ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
