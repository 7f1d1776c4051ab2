package org.knime.core.node;

import java.io.IOException;
import java.util.Optional;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.DataContainerSettings;
import org.knime.core.data.filestore.FileStore;

/**
 * Compile-only surface of KNIME's {@code ExecutionContext}; see README. The real constructors need framework
 * internals and are not part of this surface.
 */
public class ExecutionContext extends ExecutionMonitor {

    private ExecutionContext() {
        throw new UnsupportedOperationException();
    }

    public FileStore createFileStore(final String relativePath) throws IOException {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable[] createBufferedDataTables(final DataTable[] tables, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException();
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        throw new UnsupportedOperationException();
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec,
        final DataContainerSettings settings) {
        throw new UnsupportedOperationException();
    }

    @Deprecated(since = "5.3", forRemoval = true)
    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain,
        final int maxCellsInMemory) {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in,
        final ColumnRearranger rearranger, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createWrappedTable(final BufferedDataTable in) {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createVoidTable(final DataTableSpec spec) {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createConcatenateTable(final ExecutionMonitor exec, final BufferedDataTable... tables)
        throws CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createConcatenateTable(final ExecutionMonitor exec,
        final Optional<String> rowKeyDuplicateSuffix, final boolean duplicatesPreCheck,
        final BufferedDataTable... tables) throws CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    public BufferedDataTable createJoinedTable(final BufferedDataTable left, final BufferedDataTable right,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    public void clearTable(final BufferedDataTable table) {
        throw new UnsupportedOperationException();
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        throw new UnsupportedOperationException();
    }

    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        throw new UnsupportedOperationException();
    }
}
