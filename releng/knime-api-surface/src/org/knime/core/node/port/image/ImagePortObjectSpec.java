package org.knime.core.node.port.image;

import javax.swing.JComponent;

import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/** Compile-only surface of KNIME's {@code ImagePortObjectSpec}; see README. */
public final class ImagePortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Serializer of image port object specs. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ImagePortObjectSpec> {
    }

    public ImagePortObjectSpec(final DataType type) {
        throw new UnsupportedOperationException();
    }

    public ImagePortObjectSpec() {
        throw new UnsupportedOperationException();
    }

    public DataType getDataType() {
        throw new UnsupportedOperationException();
    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException();
    }

    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected void save(final ModelContentWO model) {
        throw new UnsupportedOperationException();
    }

}
