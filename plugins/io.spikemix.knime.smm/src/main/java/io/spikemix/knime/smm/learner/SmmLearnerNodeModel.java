package io.spikemix.knime.smm.learner;

import static io.spikemix.knime.smm.learner.SmmLearnerSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.COLUMNS;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.D1;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.D2;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.DECLARATION;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.DELTA;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.K;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.MAX_ITER;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.N1;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.N2;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.NEIGHBOURS;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.NORMALIZATION_PORT;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.PRESET;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.SEED;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.SPATIAL_BETA;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.SPIKE_UNITS;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.THREADS;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.TOL;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
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
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.spikes.SpikeTables;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.port.NormalizationPortObject;
import io.spikemix.knime.normalize.port.NormalizationPortObjectSpec;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;
import io.spikemix.knime.smm.port.SmmModelContent;
import io.spikemix.knime.smm.port.SmmPortObject;
import io.spikemix.knime.smm.port.SmmPortObjectSpec;
import io.spikemix.knime.smm.port.SmmSpecContent;

/**
 * SMM Learner: fits a spiked mixture model (the engine's {@link SpikedMixtureFitter}) to the spectral columns of a
 * pixel table and outputs the spikes, the clustered pixels, the model and the log-likelihood trace. When the
 * optional normalization model is connected, the model carries it (on the selected columns) and the spikes table
 * can show the spikes undone to raw units. All maths is in the engine; this class maps tables to matrices and
 * results to tables.
 */
final class SmmLearnerNodeModel extends NodeModel {

    static final String ITERATION = "iteration";
    static final String LOGLIK = "loglik";

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    SmmLearnerNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), NormalizationPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), SmmPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        SpectralColumns cols = spectralColumns(spec);
        requireGridIfSpatial(options(), cols);
        NormalizationPortObjectSpec normalization = (NormalizationPortObjectSpec) inSpecs[NORMALIZATION_PORT];
        Optional<NormalizationSpecContent> upstream = upstreamNormalization(
                normalization == null ? null : normalization.content(), cols);
        int k = settings.getInt(K);
        return new PortObjectSpec[] {SpikeTables.spec(spec, cols, Map.of()), pixelSpec(spec, k),
                new SmmPortObjectSpec(new SmmSpecContent(
                        SmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), k),
                        upstream.orElse(null))),
                traceSpec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        SpectralColumns cols = spectralColumns(spec);
        SpikedMixtureOptions options = options();
        requireGridIfSpatial(options, cols);
        NormalizationPortObject normalization = (NormalizationPortObject) inObjects[NORMALIZATION_PORT];
        // the same checks as configure, before the fit rather than after it
        upstreamNormalization(normalization == null ? null : normalization.content().spec(), cols);
        SpectralMatrix data = PixelTables.readTrainingSpectra(table, cols, options.k(), "spikes", K.label(), exec);
        exec.setMessage("Estimated cost of " + CostModel.smm(data.rows(), data.cols(), options.k(), options.schedule(),
                options.threads()).describe());
        // spatial EM (docs/method.md §8) on the grid of the x, y columns, row for row; none for β = 0
        SpatialGrid grid = options.spatial().active()
                ? PixelTables.readGrid(table, cols, options.spatial().neighbourhood(), exec) : null;
        SpikedMixtureModel model = KnimeProgress.run(exec, 0.1, 0.85,
                m -> new SpikedMixtureFitter(options).fit(data, grid, m));
        warnings(model, options);

        MixtureSpecContent content = SmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), model.k());
        SmmModelContent fitted = SmmModelContent.fitted(content, model);
        if (normalization != null) {
            fitted = fitted.withNormalization(normalization.content());
        }

        BufferedDataTable spikes = SpikeTables.write(exec, SpikeTables.spec(spec, cols, Map.of()),
                SmmLearnerSettings.spikeRows(fitted, settings.getString(SPIKE_UNITS)));

        int[] labels = model.labels();
        boolean withResp = settings.getBoolean(APPEND_RESPONSIBILITIES);
        int k = model.k();
        // one batched, multi-threaded pass over the fitted pixels instead of one scoring call per row
        // (a spatial fit's responsibilities depend on the neighbours: the fit's own)
        double[] resp = !withResp ? null : model.fittedResponsibilities() != null ? model.fittedResponsibilities()
                : KnimeProgress.run(exec, 0.85, 0.9, m -> model.responsibilities(data, options.threads(), m));
        BufferedDataTable pixels = exec.createColumnRearrangeTable(table,
                PixelTables.append(spec, ClusterColumns.specs(k, withResp), rowIndex -> {
                    int row = Math.toIntExact(rowIndex);
                    return ClusterColumns.cells(labels[row],
                            withResp ? Arrays.copyOfRange(resp, row * k, (row + 1) * k) : null);
                }), exec.createSubProgress(0.1));

        double[] trace = model.logLikelihoodTrace();
        BufferedDataContainer traceTable = exec.createDataContainer(traceSpec());
        for (int t = 0; t < trace.length; t++) {
            traceTable.addRowToTable(new DefaultRow("Iteration " + t, new IntCell(t),
                    SpikeTables.doubleCell(trace[t])));
        }
        traceTable.close();

        pushFlowVariableDouble("sigma2", model.sigma2());
        pushFlowVariableDouble(LOGLIK, model.logLikelihood());
        pushFlowVariableInt("iterations", model.iterations());
        pushFlowVariableDouble("spatialBeta", options.spatial().beta());
        return new PortObject[] {spikes, pixels, new SmmPortObject(fitted), traceTable.getTable()};
    }

    private void warnings(SpikedMixtureModel model, SpikedMixtureOptions options) {
        StringBuilder w = new StringBuilder();
        if (!model.converged()) {
            w.append("The EM run did not converge within ").append(model.iterations())
                    .append(" iterations (tolerance ").append(options.schedule().tol())
                    .append("); raise the further iterations or the tolerance. ");
        }
        int inactive = model.k() - model.activeSet().length;
        if (inactive > 0) {
            w.append(inactive).append(" of the ").append(model.k())
                    .append(" spikes are zero (outside the active set): the data support fewer spikes. ");
        }
        if (w.length() > 0) {
            setWarningMessage(w.toString().trim());
        }
    }

    private DataTableSpec pixelSpec(DataTableSpec spec, int k) {
        return PixelTables.append(spec, ClusterColumns.specs(k, settings.getBoolean(APPEND_RESPONSIBILITIES)),
                rowIndex -> {
                    throw new IllegalStateException("spec only");
                }).createSpec();
    }

    static DataTableSpec traceSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(ITERATION, IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator(LOGLIK, DoubleCell.TYPE).createSpec());
    }

    private SpectralColumns spectralColumns(DataTableSpec spec) throws InvalidSettingsException {
        SpectralColumns cols = PixelTables.spectralColumns(spec,
                settings.columnFilter(COLUMNS).applyTo(spec).getIncludes(), COLUMNS.label());
        if (cols.count() < 2) {
            throw new InvalidSettingsException("The spiked mixture model needs at least two spectral columns; '"
                    + COLUMNS.label() + "' selects " + cols.count() + ".");
        }
        return cols;
    }

    /** {@link SmmLearnerSettings#upstreamNormalization} on the selected columns, as a settings error. */
    private Optional<NormalizationSpecContent> upstreamNormalization(NormalizationSpecContent connected,
            SpectralColumns cols) throws InvalidSettingsException {
        try {
            return SmmLearnerSettings.upstreamNormalization(settings.getString(SPIKE_UNITS), connected, cols.names());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** A spatial strength above 0 needs the x, y columns: refused in configure, before any work. */
    private static void requireGridIfSpatial(SpikedMixtureOptions options, SpectralColumns cols)
            throws InvalidSettingsException {
        if (options.spatial().active() && !cols.hasCoordinates()) {
            throw new InvalidSettingsException("The '" + SPATIAL_BETA.label() + "' setting is " + options.spatial()
                    .beta() + ", which needs the pixels' image grid, but the table has no 'x' and 'y' integer "
                    + "columns. Set it to 0 or add the coordinates.");
        }
    }

    private SpikedMixtureOptions options() throws InvalidSettingsException {
        try {
            return SmmLearnerSettings.options(settings.getInt(K),
                    SmmLearnerSettings.schedule(settings.getString(PRESET), settings.getInt(N1), settings.getInt(D1),
                            settings.getInt(N2), settings.getInt(D2), settings.getDouble(TOL),
                            settings.getInt(MAX_ITER)),
                    settings.getDouble(DELTA), settings.getInt(SEED), settings.getInt(THREADS),
                    SmmLearnerSettings.spatial(settings.getDouble(SPATIAL_BETA), settings.getString(NEIGHBOURS)));
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
        // no state beyond the outputs, which KNIME discards itself
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals: outputs are restored by KNIME
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }
}
