package org.knime.core.node;

import javax.swing.JComponent;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

/** Compile-only surface of KNIME's {@code BufferedDataTable}; see README. Created only by the framework. */
public final class BufferedDataTable implements DataTable, PortObject {

    public static final PortType TYPE = null;

    public static final PortType TYPE_OPTIONAL = null;

    private BufferedDataTable() {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec getDataTableSpec() {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException();
    }

    public String getSummary() {
        throw new UnsupportedOperationException();
    }

    public CloseableRowIterator iterator() {
        throw new UnsupportedOperationException();
    }

    @Deprecated
    public int getRowCount() {
        throw new UnsupportedOperationException();
    }

    public long size() {
        throw new UnsupportedOperationException();
    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException();
    }
}
