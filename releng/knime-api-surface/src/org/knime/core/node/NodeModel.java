package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.AbstractNodeView.ViewableModel;
import org.knime.core.node.message.Message;
import org.knime.core.node.message.MessageBuilder;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.MergeOperator;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.StreamableOperator;
import org.knime.core.node.streamable.StreamableOperatorInternals;
import org.knime.core.node.workflow.FlowVariable;
import org.knime.core.node.workflow.VariableType;

/** Compile-only surface of KNIME's {@code NodeModel}; see README. */
public abstract class NodeModel implements ViewableModel {

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        throw new UnsupportedOperationException();
    }

    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        throw new UnsupportedOperationException();
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    protected final int getNrInPorts() {
        throw new UnsupportedOperationException();
    }

    protected final int getNrOutPorts() {
        throw new UnsupportedOperationException();
    }

    protected final PortType getInPortType(final int index) {
        throw new UnsupportedOperationException();
    }

    protected final PortType getOutPortType(final int index) {
        throw new UnsupportedOperationException();
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings)
        throws InvalidSettingsException;

    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException();
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new UnsupportedOperationException();
    }

    protected abstract void reset();

    protected void onDispose() {
        throw new UnsupportedOperationException();
    }

    protected final void stateChanged() {
        throw new UnsupportedOperationException();
    }

    protected final void notifyViews(final Object arg) {
        throw new UnsupportedOperationException();
    }

    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    protected final MessageBuilder createMessageBuilder() {
        throw new UnsupportedOperationException();
    }

    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException();
    }

    protected final String getWarningMessage() {
        throw new UnsupportedOperationException();
    }

    protected final void setWarning(final Message message) {
        throw new UnsupportedOperationException();
    }

    protected final Message getWarning() {
        throw new UnsupportedOperationException();
    }

    public final String peekFlowVariableString(final String name) {
        throw new UnsupportedOperationException();
    }

    protected final void pushFlowVariableDouble(final String name, final double value) {
        throw new UnsupportedOperationException();
    }

    protected final <T> void pushFlowVariable(final String name, final VariableType<T> type, final T value) {
        throw new UnsupportedOperationException();
    }

    public final double peekFlowVariableDouble(final String name) {
        throw new UnsupportedOperationException();
    }

    public final <T> T peekFlowVariable(final String name, final VariableType<T> type) {
        throw new UnsupportedOperationException();
    }

    protected final void pushFlowVariableInt(final String name, final int value) {
        throw new UnsupportedOperationException();
    }

    public final int peekFlowVariableInt(final String name) {
        throw new UnsupportedOperationException();
    }

    protected final void pushFlowVariableString(final String name, final String value) {
        throw new UnsupportedOperationException();
    }

    public final Map<String, FlowVariable> getAvailableFlowVariables(final VariableType<?>[] types) {
        throw new UnsupportedOperationException();
    }

    public Map<String, FlowVariable> getAvailableFlowVariables(final VariableType<?> type,
        final VariableType<?>... otherTypes) {
        throw new UnsupportedOperationException();
    }

    public Map<String, FlowVariable> getAvailableInputFlowVariables(final VariableType<?> type,
        final VariableType<?>... otherTypes) {
        throw new UnsupportedOperationException();
    }

    public InputPortRole[] getInputPortRoles() {
        throw new UnsupportedOperationException();
    }

    public OutputPortRole[] getOutputPortRoles() {
        throw new UnsupportedOperationException();
    }

    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public StreamableOperatorInternals createInitialStreamableOperatorInternals() {
        throw new UnsupportedOperationException();
    }

    public boolean iterate(final StreamableOperatorInternals internals) {
        throw new UnsupportedOperationException();
    }

    public PortObjectSpec[] computeFinalOutputSpecs(final StreamableOperatorInternals internals,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public MergeOperator createMergeOperator() {
        throw new UnsupportedOperationException();
    }

    public void finishStreamableExecution(final StreamableOperatorInternals internals, final ExecutionContext exec,
        final PortOutput[] output) throws Exception {
        throw new UnsupportedOperationException();
    }

    protected final NodeLogger getLogger() {
        throw new UnsupportedOperationException();
    }
}
