package io.spikemix.knime.gmm.extractor;

import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.BUDGET;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.COLUMNS;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.DECLARATION;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.INIT;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.K;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.MAX_ITER;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.NEIGHBOURS;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.N_INIT;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.REG_COVAR;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.SAMPLE;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.SEED;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.SIGMA2_COLUMN;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.SPATIAL_BETA;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.THREADS;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.TOL;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.ZERO_MEAN;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.CoreTables;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.gmm.port.GmmPortObject;
import io.spikemix.knime.gmm.port.GmmPortObjectSpec;

/**
 * GMM Spike Extractor: fits a full-covariance Gaussian mixture (the engine's GaussianMixtureFitter) and
 * turns its covariances into spikes by the spectral-gap formula (method.md §4, eqs. 19–21). Outputs the spikes in
 * the SMM Learner's schema, the clustered pixels and the model. The work is {@link GmmSpikeExtractorCore}'s;
 * this class is its KNIME adapter.
 */
final class GmmSpikeExtractorNodeModel extends SpikeMixNodeModel {

    GmmSpikeExtractorNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts(), GmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), GmmPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        GaussianMixtureOptions options = options();
        try {
            GmmSpikeExtractorCore.Shapes shapes = GmmSpikeExtractorCore.configure(spectralColumns(spec),
                    settings.getInt(K), settings.getBoolean(APPEND_RESPONSIBILITIES), options.spatial().active());
            return new PortObjectSpec[] {CoreTables.spec(shapes.spikes(), spec),
                CoreTables.appendedSpec(spec, shapes.appended()), new GmmPortObjectSpec(shapes.model())};
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        GaussianMixtureOptions options = options();
        SpectralColumns cols = spectralColumns(spec);
        PixelData pixels = PixelTables.pixelData(table, cols, exec.createSubProgress(0.1));
        // spatial EM (docs/method.md §8) on the grid of the x, y columns, row for row; none for β = 0
        SpatialGrid grid = options.spatial().active() && cols.hasCoordinates()
                ? PixelTables.readGrid(table, cols, options.spatial().neighbourhood(), exec) : null;
        // what the fit will cost, up front; over the budget, a seeded sample is fitted and every pixel assigned
        exec.setMessage("Estimated cost of " + CostModel.gmm(pixels.rows(), pixels.data().cols(), options.k(), options,
                options.threads()).describe());
        GmmSpikeExtractorCore.Result r = KnimeProgress.runCore(exec, 0.1, 0.9,
                m -> GmmSpikeExtractorCore.execute(pixels, grid, options, settings.getBoolean(APPEND_RESPONSIBILITIES),
                        settings.getInt(SAMPLE), settings.getDouble(BUDGET), m));
        if (r.warning() != null) {
            setWarningMessage(r.warning());
        }
        BufferedDataTable out = exec.createColumnRearrangeTable(table,
                CoreTables.append(spec, r.pixels().columns(), r.pixels()), exec.createSubProgress(0.1));
        GaussianMixtureModel model = r.model().model();
        pushFlowVariableDouble(SIGMA2_COLUMN, r.model().spikes().sigma2());
        pushFlowVariableDouble("loglik", model.logLikelihood());
        pushFlowVariableInt("iterations", model.iterations());
        pushFlowVariableDouble("spatialBeta", options.spatial().beta());
        return new PortObject[] {CoreTables.write(r.spikes(), spec, exec), out, new GmmPortObject(r.model())};
    }

    private SpectralColumns spectralColumns(DataTableSpec spec) throws InvalidSettingsException {
        SpectralColumns cols = PixelTables.spectralColumns(spec,
                settings.columnFilter(COLUMNS).applyTo(spec).getIncludes(), COLUMNS.label());
        if (cols.count() < 2) {
            throw new InvalidSettingsException("Spikes from a Gaussian mixture need at least two spectral columns; '"
                    + COLUMNS.label() + "' selects " + cols.count() + ".");
        }
        return cols;
    }

    private GaussianMixtureOptions options() throws InvalidSettingsException {
        try {
            return GmmSpikeExtractorSettings.options(settings.getInt(K), settings.getString(INIT),
                    settings.getInt(N_INIT), settings.getInt(MAX_ITER), settings.getDouble(TOL),
                    settings.getDouble(REG_COVAR), settings.getBoolean(ZERO_MEAN), settings.getInt(SEED),
                    settings.getInt(THREADS), GmmSpikeExtractorSettings.spatial(settings.getDouble(SPATIAL_BETA),
                            settings.getString(NEIGHBOURS)));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
