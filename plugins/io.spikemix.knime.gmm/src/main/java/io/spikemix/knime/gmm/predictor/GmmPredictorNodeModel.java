package io.spikemix.knime.gmm.predictor;

import static io.spikemix.knime.gmm.predictor.GmmPredictorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.gmm.predictor.GmmPredictorSettings.DECLARATION;

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
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.NonFiniteCells;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.gmm.port.GmmPortObject;
import io.spikemix.knime.gmm.port.GmmPortObjectSpec;

/**
 * GMM Predictor: assigns the pixels of a table to the components of a fitted Gaussian mixture (argmax of the
 * engine's responsibilities). Refuses tables lacking any of the model's spectral columns, naming them.
 */
final class GmmPredictorNodeModel extends NodeModel {

    private static final String WHAT = "the Gaussian mixture model";

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    GmmPredictorNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), GmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), GmmPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        GmmPortObjectSpec modelSpec = (GmmPortObjectSpec) inSpecs[0];
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
        GmmPortObject port = (GmmPortObject) inObjects[0];
        BufferedDataTable table = (BufferedDataTable) inObjects[1];
        DataTableSpec spec = table.getDataTableSpec();
        SpectralColumns cols = columns(port.content().spec().features(), spec);
        SpectralMatrix data = PixelTables.readSpectra(table, cols, exec.createSubProgress(0.3));
        NonFiniteCells.require(table, cols, data);
        GaussianMixtureModel model = port.content().model();
        int threads = Runtime.getRuntime().availableProcessors();
        boolean withResp = settings.getBoolean(APPEND_RESPONSIBILITIES);
        KnimeProgress progress = KnimeProgress.of(exec);
        int[] labels;
        SpectralMatrix resp;
        try {
            // labels from the engine (argmax in double precision), responsibilities as the extractor outputs them
            labels = model.predict(data, threads, progress.subRange(0.3, 0.45));
            resp = withResp ? model.responsibilities(data, threads, progress.subRange(0.45, 0.6)) : null;
        } catch (CanceledException e) {
            throw KnimeProgress.toKnime(e);
        }
        int k = model.k();
        return new PortObject[] {exec.createColumnRearrangeTable(table,
                PixelTables.append(spec, ClusterColumns.specs(k, withResp), rowIndex -> {
                    int row = Math.toIntExact(rowIndex);
                    double[] r = null;
                    if (resp != null) {
                        r = new double[k];
                        resp.getRow(row, r);
                    }
                    return ClusterColumns.cells(labels[row], r);
                }), exec.createSubProgress(0.4))};
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
