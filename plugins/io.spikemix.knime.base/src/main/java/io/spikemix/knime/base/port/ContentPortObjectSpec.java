package io.spikemix.knime.base.port;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.ModelContentConfig;

/**
 * The one spec class of every SpikeMix model port: it holds a KNIME-free {@link PortContent.Spec} and saves it through
 * KNIME's model content. A concrete port declares only its content type, how to read it, and the nested
 * {@code Serializer} KNIME finds by reflection (registered in plugin.xml); keeping one concrete class per model kind
 * keeps the ports typed, so an SMM model cannot be connected to the GMM Predictor.
 *
 * @param <S> the spec content
 */
public abstract class ContentPortObjectSpec<S extends PortContent.Spec> extends AbstractSimplePortObjectSpec {

    private S content;

    /** For KNIME's loader only, which fills the spec through {@link #load(ModelContentRO)}. */
    protected ContentPortObjectSpec() {
    }

    protected ContentPortObjectSpec(S content) {
        this.content = content;
    }

    public final S content() {
        return content;
    }

    /** Reads the content written by {@link PortContent#save}. */
    protected abstract S read(ConfigSource in) throws ConfigException;

    @Override
    protected final void save(ModelContentWO model) {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected final void load(ModelContentRO model) throws InvalidSettingsException {
        try {
            content = read(ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
