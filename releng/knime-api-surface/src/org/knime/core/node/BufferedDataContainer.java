package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Compile-only surface of KNIME's {@code BufferedDataContainer}; see README. Created via ExecutionContext. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException();
    }
}
