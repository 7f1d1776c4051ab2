package org.knime.core.node.port;

import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Compile-only surface of KNIME's {@code AbstractPortObject}; see README. */
public abstract class AbstractPortObject implements PortObject {

    public AbstractPortObject() {
        throw new UnsupportedOperationException();
    }

    protected abstract void save(final PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void load(final PortObjectZipInputStream in, final PortObjectSpec spec,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

    /** Serializer base class; subclasses declare a nested {@code Serializer} extending it. */
    public static abstract class AbstractPortObjectSerializer<T extends AbstractPortObject>
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
}
