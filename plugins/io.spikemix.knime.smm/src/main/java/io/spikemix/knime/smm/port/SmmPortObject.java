package io.spikemix.knime.smm.port;

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
 * A fitted spiked mixture model travelling between nodes: written by SMM Learner, read by SMM Predictor to
 * assign the pixels of new tables. Carries the upstream normalization when the learner's input was normalized, so
 * its spikes can be shown in raw units. Saved through KNIME's model content (see {@link SmmModelContent} for the
 * keys).
 */
public final class SmmPortObject extends AbstractSimplePortObject {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<SmmPortObject> {
    }

    private SmmModelContent content;

    /** For KNIME's loader only, which fills the object through {@link #load}. */
    public SmmPortObject() {
    }

    public SmmPortObject(SmmModelContent content) {
        this.content = content;
    }

    public SmmModelContent content() {
        return content;
    }

    @Override
    public String getSummary() {
        return content.portSpec().summary();
    }

    @Override
    public SmmPortObjectSpec getSpec() {
        return new SmmPortObjectSpec(content.portSpec());
    }

    @Override
    protected void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        try {
            content = SmmModelContent.load(ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
