package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Compile-only surface of KNIME's {@code AbstractSimplePortObject}; see README. */
public abstract class AbstractSimplePortObject implements PortObject {

    public AbstractSimplePortObject() {
        throw new UnsupportedOperationException();
    }

    protected abstract void save(final ModelContentWO model, final ExecutionMonitor exec)
        throws CanceledExecutionException;

    protected abstract void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    /** Serializer base class; subclasses declare a nested {@code Serializer} extending it. */
    public static abstract class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {

        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            throw new UnsupportedOperationException();
        }

        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            throw new UnsupportedOperationException();
        }

    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException();
    }

    public boolean equals(final Object oport) {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

}
