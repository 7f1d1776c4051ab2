package io.spikemix.knime.base.port;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.ModelContentConfig;

/**
 * The one port object class of every SpikeMix model port (a fitted SMM or GMM, a normalization): it holds a
 * KNIME-free {@link PortContent.Model}, saves it through KNIME's model content and summarises it by its spec. A
 * concrete port declares only its content type, how to read it, its spec class and the nested {@code Serializer}
 * (see {@link ContentPortObjectSpec} for why the ports stay typed).
 *
 * @param <C> the model content
 * @param <S> the spec content it announces
 */
public abstract class ContentPortObject<C extends PortContent.Model<S>, S extends PortContent.Spec>
        extends AbstractSimplePortObject {

    private C content;

    /** For KNIME's loader only, which fills the object through {@link #load}. */
    protected ContentPortObject() {
    }

    protected ContentPortObject(C content) {
        this.content = content;
    }

    public final C content() {
        return content;
    }

    /** Reads the content written by {@link PortContent#save}. */
    protected abstract C read(ConfigSource in) throws ConfigException;

    /** The spec of this port type holding {@code spec}. */
    protected abstract ContentPortObjectSpec<S> specOf(S spec);

    @Override
    public final String getSummary() {
        return content.portSpec().summary();
    }

    @Override
    public final ContentPortObjectSpec<S> getSpec() {
        return specOf(content.portSpec());
    }

    @Override
    protected final void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException {
        content.save(ModelContentConfig.writer(model));
    }

    @Override
    protected final void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
            throws InvalidSettingsException, CanceledExecutionException {
        try {
            content = read(ModelContentConfig.reader(model));
        } catch (ConfigException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
