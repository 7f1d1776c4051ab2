package io.spikemix.knime.normalize.port;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ModelContentConfig;

/**
 * The spec of a normalization model port: method, spectral column names and band axis, known at configure time
 * so that a downstream Normalizer (Apply) can check its input table before execution.
 */
public final class NormalizationPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<NormalizationPortObjectSpec> {
    }

    private NormalizationSpecContent content;

    /** For KNIME's loader only, which fills the spec through {@link #load(ModelContentRO)}. */
    public NormalizationPortObjectSpec() {
    }

    public NormalizationPortObjectSpec(NormalizationSpecContent content) {
        this.content = content;
    }

    public NormalizationSpecContent content() {
        return content;
    }

    @Override
    protected void save(ModelContentWO model) {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        try {
            content = NormalizationSpecContent.load(ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
