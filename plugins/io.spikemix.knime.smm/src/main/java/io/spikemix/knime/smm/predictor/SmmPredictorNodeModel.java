package io.spikemix.knime.smm.predictor;

import static io.spikemix.knime.smm.predictor.SmmPredictorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.smm.predictor.SmmPredictorSettings.DECLARATION;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.NonFiniteCells;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.smm.port.SmmPortObject;
import io.spikemix.knime.smm.port.SmmPortObjectSpec;

/**
 * SMM Predictor: assigns the pixels of a table to the spikes of a fitted spiked mixture model (argmax of the
 * engine's responsibilities). Refuses tables lacking any of the model's spectral columns, naming them.
 */
final class SmmPredictorNodeModel extends NodeModel {

    private static final String WHAT = "the spiked mixture model";

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    SmmPredictorNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), SmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), SmmPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SmmPortObjectSpec modelSpec = (SmmPortObjectSpec) inSpecs[0];
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (modelSpec == null || modelSpec.content() == null) {
            return new PortObjectSpec[] {null};
        }
        columns(modelSpec.content().features(), spec);
        return new PortObjectSpec[] {PixelTables.append(spec,
                ClusterColumns.specs(modelSpec.content().k(), settings.getBoolean(APPEND_RESPONSIBILITIES)),
                rowIndex -> {
                    throw new IllegalStateException("spec only");
                }).createSpec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        SmmPortObject port = (SmmPortObject) inObjects[0];
        BufferedDataTable table = (BufferedDataTable) inObjects[1];
        DataTableSpec spec = table.getDataTableSpec();
        SpectralColumns cols = columns(port.content().spec().features(), spec);
        SpectralMatrix data = PixelTables.readSpectra(table, cols, exec.createSubProgress(0.3));
        NonFiniteCells.require(table, cols, data);
        SpikedMixtureModel model = port.content().model();
        exec.setMessage("Assigning pixels");
        int[] labels = model.labels(data);
        exec.checkCanceled();
        int k = model.k();
        boolean withResp = settings.getBoolean(APPEND_RESPONSIBILITIES);
        return new PortObject[] {exec.createColumnRearrangeTable(table,
                PixelTables.append(spec, ClusterColumns.specs(k, withResp), rowIndex -> {
                    int row = Math.toIntExact(rowIndex);
                    double[] resp = null;
                    if (withResp) {
                        resp = new double[k];
                        model.responsibilities(data, row, row + 1, resp);
                    }
                    return ClusterColumns.cells(labels[row], resp);
                }), exec.createSubProgress(0.5))};
    }

    private static SpectralColumns columns(FeatureSpace features, DataTableSpec spec)
            throws InvalidSettingsException {
        return PixelTables.requireColumns(spec, features.columns(), features.axis(), WHAT);
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO s) {
        settings.saveSettingsTo(s);
    }

    @Override
    protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        settings.validateSettings(s);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
        settings.loadValidatedSettingsFrom(s);
    }

    @Override
    protected void reset() {
        // no state beyond the outputs
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }
}
