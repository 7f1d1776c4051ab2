package io.spikemix.knime.base;

import java.io.File;
import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.settings.SettingsModels;

/**
 * The one lifecycle every SpikeMix node shares: its settings are those its {@link NodeDeclaration} declares
 * (saved, validated and loaded by {@link SettingsModels}, so old workflows load with the defaults of settings added
 * later), and it keeps no state beyond its outputs, hence no internals to save and nothing to reset. Subclasses
 * only configure and execute.
 */
public abstract class SpikeMixNodeModel extends NodeModel {

    /** The node's settings, as declared. */
    protected final SettingsModels settings;

    /** A node whose ports are exactly the declared ones, all buffered data tables. */
    protected SpikeMixNodeModel(NodeDeclaration declaration) {
        this(declaration, PortTypes.of(declaration.inPorts()), PortTypes.of(declaration.outPorts()));
    }

    /** A node with model or image ports among the declared ones (see {@link PortTypes#of}). */
    protected SpikeMixNodeModel(NodeDeclaration declaration, PortType[] inPorts, PortType[] outPorts) {
        super(inPorts, outPorts);
        this.settings = SettingsModels.of(declaration);
    }

    @Override
    protected final void saveSettingsTo(NodeSettingsWO s) {
        settings.saveSettingsTo(s);
    }

    @Override
    protected final void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        settings.validateSettings(s);
    }

    @Override
    protected final void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
        settings.loadValidatedSettingsFrom(s);
    }

    @Override
    protected void reset() {
        // no state beyond the outputs
    }

    @Override
    protected final void loadInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals: outputs are restored by KNIME
    }

    @Override
    protected final void saveInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }
}
