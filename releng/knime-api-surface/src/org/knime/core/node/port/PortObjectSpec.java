package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.internal.SerializerMethodLoader.Serializer;

/** Compile-only surface of KNIME's {@code PortObjectSpec}; see README. */
public interface PortObjectSpec {

    /** Reads and writes port object specs of one class. */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> implements Serializer<T> {

        public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException;

        public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException;
    }

    public JComponent[] getViews();
}
