package org.knime.core.node.streamable.simple;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.StreamableFunction;
import org.knime.core.node.streamable.StreamableFunctionProducer;

/** Compile-only surface of KNIME's {@code SimpleStreamableFunctionNodeModel}; see README. */
public abstract class SimpleStreamableFunctionNodeModel extends NodeModel implements StreamableFunctionProducer {

    public SimpleStreamableFunctionNodeModel() {
        super(1, 1);
        throw new UnsupportedOperationException();
    }

    public SimpleStreamableFunctionNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes,
        final int streamableInPortIdx, final int streamableOutPortIdx) {
        super(inPortTypes, outPortTypes);
        throw new UnsupportedOperationException();
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData,
        final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException();
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected boolean isDistributable() {
        throw new UnsupportedOperationException();
    }

    public InputPortRole[] getInputPortRoles() {
        throw new UnsupportedOperationException();
    }

    public OutputPortRole[] getOutputPortRoles() {
        throw new UnsupportedOperationException();
    }

    protected abstract ColumnRearranger createColumnRearranger(final DataTableSpec spec)
        throws InvalidSettingsException;

    protected int getStreamableInPortIdx() {
        throw new UnsupportedOperationException();
    }

    public int getStreamableOutPortIdx() {
        throw new UnsupportedOperationException();
    }

    public StreamableFunction createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected void reset() {
        throw new UnsupportedOperationException();
    }

}
