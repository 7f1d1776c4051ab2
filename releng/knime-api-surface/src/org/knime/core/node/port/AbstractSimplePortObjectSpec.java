package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Compile-only surface of KNIME's {@code AbstractSimplePortObjectSpec}; see README. */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    public AbstractSimplePortObjectSpec() {
        throw new UnsupportedOperationException();
    }

    protected abstract void save(final ModelContentWO model);

    protected abstract void load(final ModelContentRO model) throws InvalidSettingsException;

    /** Serializer base class; subclasses declare a nested {@code Serializer} extending it. */
    public static abstract class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            throw new UnsupportedOperationException();
        }

        public void savePortObjectSpec(final T portObject, final PortObjectSpecZipOutputStream out) throws IOException {
            throw new UnsupportedOperationException();
        }

        public static <T extends AbstractSimplePortObjectSpec> T loadPortObjectSpecFromModelSettings(
            final ModelContentRO model)
            throws IOException, ClassNotFoundException, InstantiationException, IllegalAccessException {
            throw new UnsupportedOperationException();
        }

        public static <T extends AbstractSimplePortObjectSpec> void savePortObjectSpecToModelSettings(final T spec,
            final ModelContentWO model) {
            throw new UnsupportedOperationException();
        }

    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException();
    }

    public boolean equals(final Object ospec) {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

}
