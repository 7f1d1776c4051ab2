package io.spikemix.knime.normalize.port;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ModelContentConfig;

/**
 * A fitted spectral normalization travelling between nodes: written by Spectral Normalizer, read by Normalizer
 * (Apply) to apply it to new tables or undo it. Saved through KNIME's model content (see
 * {@link NormalizationModelContent} for the keys).
 */
public final class NormalizationPortObject extends AbstractSimplePortObject {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<NormalizationPortObject> {
    }

    private NormalizationModelContent content;

    /** For KNIME's loader only, which fills the object through {@link #load}. */
    public NormalizationPortObject() {
    }

    public NormalizationPortObject(NormalizationModelContent content) {
        this.content = content;
    }

    public NormalizationModelContent content() {
        return content;
    }

    @Override
    public String getSummary() {
        return content.spec().summary();
    }

    @Override
    public NormalizationPortObjectSpec getSpec() {
        return new NormalizationPortObjectSpec(content.spec());
    }

    @Override
    protected void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        try {
            content = NormalizationModelContent.load(ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
