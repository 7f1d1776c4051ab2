package io.spikemix.knime.gmm.extractor;

import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.BUDGET;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.COLUMNS;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.DECLARATION;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.GAP_COLUMN;
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

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

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

import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.cost.FitCost;
import io.spikemix.engine.data.RowSample;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.spikes.SpikeRows;
import io.spikemix.knime.base.spikes.SpikeTables;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.gmm.port.GmmModelContent;
import io.spikemix.knime.gmm.port.GmmPortObject;
import io.spikemix.knime.gmm.port.GmmPortObjectSpec;

/**
 * GMM Spike Extractor: fits a full-covariance Gaussian mixture (the engine's {@link GaussianMixtureFitter}) and
 * turns its covariances into spikes by the spectral-gap formula (method.md §4, eqs. 19–21). Outputs the spikes in
 * the SMM Learner's schema, the clustered pixels and the model. All maths is in the engine.
 */
final class GmmSpikeExtractorNodeModel extends NodeModel {

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    /** The warning of the current execution, built up by {@link #addWarning(String)}. */
    private String warning = "";

    GmmSpikeExtractorNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), GmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), GmmPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        SpectralColumns cols = spectralColumns(spec);
        requireGridIfSpatial(options(), cols);
        int k = settings.getInt(K);
        return new PortObjectSpec[] {SpikeTables.spec(spec, cols, extraColumns()),
                PixelTables.append(spec, ClusterColumns.specs(k, settings.getBoolean(APPEND_RESPONSIBILITIES)),
                        rowIndex -> {
                            throw new IllegalStateException("spec only");
                        }).createSpec(),
                new GmmPortObjectSpec(GmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), k))};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        warning = "";
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        SpectralColumns cols = spectralColumns(spec);
        GaussianMixtureOptions options = options();
        requireGridIfSpatial(options, cols);
        SpectralMatrix data = PixelTables.readTrainingSpectra(table, cols, options.k(), "components", K.label(), exec);
        // what the fit will cost, up front; over the budget, a seeded sample is fitted and every pixel assigned
        FitCost cost = CostModel.gmm(data.rows(), data.cols(), options.k(), options, options.threads());
        boolean spatial = options.spatial().active();
        // spatial EM (docs/method.md §8) needs every pixel's neighbours, so it never fits a sample
        int fitted = spatial ? data.rows() : settings.getInt(SAMPLE) > 0 ? Math.min(data.rows(), settings.getInt(SAMPLE))
                : CostModel.gmmSampleSize(data.rows(), data.cols(), options.k(), cost.iterations(),
                        options.threads(), settings.getDouble(BUDGET) * 60, Math.min(data.rows(), 20 * options.k()));
        exec.setMessage("Estimated cost of " + cost.describe());
        SpectralMatrix sample = fitted < data.rows()
                ? RowSample.rows(data, RowSample.indices(data.rows(), fitted, options.seed())) : data;
        SpatialGrid grid = spatial ? PixelTables.readGrid(table, cols, options.spatial().neighbourhood(), exec) : null;
        GaussianMixtureModel model = KnimeProgress.run(exec, 0.1, 0.85,
                m -> new GaussianMixtureFitter(options).fit(sample, grid, m));
        MixtureSpecContent specContent =
                GmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), model.k());
        GmmModelContent content = GmmModelContent.fitted(specContent, model);
        SpikeRows rows = content.spikeRows(SIGMA2_COLUMN, GAP_COLUMN);
        warnings(model, content);

        BufferedDataTable spikes = SpikeTables.write(exec, SpikeTables.spec(spec, cols, extraColumns()), rows);
        boolean sampled = sample != data;
        boolean withResp = settings.getBoolean(APPEND_RESPONSIBILITIES);
        // fitted on a sample: one E-step over every pixel gives both the labels and the responsibilities
        GaussianMixtureModel.Assignment all = sampled
                ? KnimeProgress.run(exec, 0.85, 0.9, m -> model.assign(data, options.threads(), m))
                : new GaussianMixtureModel.Assignment(model.labels(), withResp ? model.responsibilities() : null);
        SpectralMatrix resp = withResp ? all.responsibilities() : null;
        int[] labels = all.labels();
        if (sampled) {
            addWarning(String.format(java.util.Locale.ROOT, "Fitted on a seeded random sample of %,d of the %,d "
                    + "pixels: the estimated time on all of them (%s) exceeds the '%s' of %s; the fitted model then "
                    + "assigned every pixel.", fitted, data.rows(), FitCost.duration(cost.seconds()), BUDGET.label(),
                    FitCost.duration(settings.getDouble(BUDGET) * 60)));
        }
        int k = model.k();
        BufferedDataTable pixels = exec.createColumnRearrangeTable(table,
                PixelTables.append(spec, ClusterColumns.specs(k, resp != null), rowIndex -> {
                    int row = Math.toIntExact(rowIndex);
                    double[] r = null;
                    if (resp != null) {
                        r = new double[k];
                        resp.getRow(row, r);
                    }
                    return ClusterColumns.cells(labels[row], r);
                }), exec.createSubProgress(0.15));

        pushFlowVariableDouble(SIGMA2_COLUMN, content.spikes().sigma2());
        pushFlowVariableDouble("loglik", model.logLikelihood());
        pushFlowVariableInt("iterations", model.iterations());
        pushFlowVariableDouble("spatialBeta", options.spatial().beta());
        return new PortObject[] {spikes, pixels, new GmmPortObject(content)};
    }

    private void warnings(GaussianMixtureModel model, GmmModelContent content) {
        StringBuilder w = new StringBuilder();
        if (!model.converged()) {
            w.append("EM did not converge within ").append(model.iterations()).append(" iterations; raise '")
                    .append(MAX_ITER.label()).append("' or '").append(TOL.label()).append("'. ");
        }
        int[] violating = content.spikes().violatingComponents();
        if (violating.length > 0) {
            w.append(violating.length).append(" of the ").append(model.k()).append(" components violate the "
                    + "spectral-gap condition (their largest covariance eigenvalue is below sigma2_gmm); their "
                    + "spikes are reported as zero. ");
        }
        int[] regularized = model.regularizedComponents();
        if (regularized.length > 0) {
            w.append(regularized.length).append(" covariance(s) needed more than '").append(REG_COVAR.label())
                    .append("' to stay positive definite (collapsed component or constant column). ");
        }
        if (w.length() > 0) {
            addWarning(w.toString().trim());
        }
    }

    /** Appends to the node's warning (the sampling note and the fit's warnings can both apply). */
    private void addWarning(String text) {
        warning = warning.isEmpty() ? text : warning + " " + text;
        setWarningMessage(warning);
    }

    private static Map<String, Boolean> extraColumns() {
        Map<String, Boolean> extra = new LinkedHashMap<>();
        extra.put(SIGMA2_COLUMN, false);
        extra.put(GAP_COLUMN, true);
        return extra;
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

    /** A spatial strength above 0 needs the x, y columns: refused in configure, before any work. */
    private static void requireGridIfSpatial(GaussianMixtureOptions options, SpectralColumns cols)
            throws InvalidSettingsException {
        if (options.spatial().active() && !cols.hasCoordinates()) {
            throw new InvalidSettingsException("The '" + SPATIAL_BETA.label() + "' setting is " + options.spatial()
                    .beta() + ", which needs the pixels' image grid, but the table has no 'x' and 'y' integer "
                    + "columns. Set it to 0 or add the coordinates.");
        }
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
