package io.spikemix.knime.gmm.port;

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
 * A fitted Gaussian mixture travelling between nodes: written by GMM Spike Extractor, read by GMM Predictor to
 * assign the pixels of new tables. Saved through KNIME's model content (see {@link GmmModelContent} for the keys).
 */
public final class GmmPortObject extends AbstractSimplePortObject {

    /** Registered in plugin.xml under {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<GmmPortObject> {
    }

    private GmmModelContent content;

    /** For KNIME's loader only, which fills the object through {@link #load}. */
    public GmmPortObject() {
    }

    public GmmPortObject(GmmModelContent content) {
        this.content = content;
    }

    public GmmModelContent content() {
        return content;
    }

    @Override
    public String getSummary() {
        return content.spec().summary();
    }

    @Override
    public GmmPortObjectSpec getSpec() {
        return new GmmPortObjectSpec(content.spec());
    }

    @Override
    protected void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        try {
            content = GmmModelContent.load(ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
