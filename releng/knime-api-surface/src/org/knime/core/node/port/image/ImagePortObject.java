package org.knime.core.node.port.image;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.data.DataCell;
import org.knime.core.data.image.ImageContent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;

/** Compile-only surface of KNIME's {@code ImagePortObject}; see README. */
public class ImagePortObject extends AbstractPortObject {

    /** Serializer of image port objects. */
    public static final class Serializer extends AbstractPortObjectSerializer<ImagePortObject> {
    }

    public static final PortType TYPE = null;

    public static final PortType TYPE_OPTIONAL = null;

    public ImagePortObject() {
        throw new UnsupportedOperationException();
    }

    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        throw new UnsupportedOperationException();
    }

    public DataCell toDataCell() {
        throw new UnsupportedOperationException();
    }

    public String getSummary() {
        throw new UnsupportedOperationException();
    }

    public ImagePortObjectSpec getSpec() {
        throw new UnsupportedOperationException();
    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException();
    }

    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec) throws IOException,
        CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

}
