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

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.CoreTables;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.port.NormalizationPortObject;
import io.spikemix.knime.normalize.port.NormalizationPortObjectSpec;
import io.spikemix.knime.smm.port.SmmPortObject;
import io.spikemix.knime.smm.port.SmmPortObjectSpec;

/**
 * SMM Learner: fits a spiked mixture model (the engine's SpikedMixtureFitter) to the spectral columns of a
 * pixel table and outputs the spikes, the clustered pixels, the model and the log-likelihood trace. When the
 * optional normalization model is connected, the model carries it (on the selected columns) and the spikes table
 * can show the spikes undone to raw units. The work is {@link SmmLearnerCore}'s; this class is its KNIME adapter.
 */
final class SmmLearnerNodeModel extends SpikeMixNodeModel {

    SmmLearnerNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts(), NormalizationPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), SmmPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        SpikedMixtureOptions options = options();
        NormalizationPortObjectSpec normalization = (NormalizationPortObjectSpec) inSpecs[NORMALIZATION_PORT];
        try {
            SmmLearnerCore.Shapes shapes = SmmLearnerCore.configure(spectralColumns(spec), settings.getInt(K),
                    settings.getBoolean(APPEND_RESPONSIBILITIES), settings.getString(SPIKE_UNITS),
                    normalization == null ? null : normalization.content(), options.spatial().active());
            return new PortObjectSpec[] {CoreTables.spec(shapes.spikes(), spec),
                CoreTables.appendedSpec(spec, shapes.appended()), new SmmPortObjectSpec(shapes.model()),
                CoreTables.spec(shapes.trace(), null)};
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        SpikedMixtureOptions options = options();
        NormalizationPortObject normalization = (NormalizationPortObject) inObjects[NORMALIZATION_PORT];
        SpectralColumns cols = spectralColumns(spec);
        PixelData pixels = PixelTables.pixelData(table, cols, exec.createSubProgress(0.1));
        // spatial EM (docs/method.md §8) on the grid of the x, y columns, row for row; none for β = 0
        SpatialGrid grid = options.spatial().active() && cols.hasCoordinates()
                ? PixelTables.readGrid(table, cols, options.spatial().neighbourhood(), exec) : null;
        exec.setMessage("Estimated cost of " + CostModel.smm(pixels.rows(), pixels.data().cols(), options.k(),
                options.schedule(), options.threads()).describe());
        SmmLearnerCore.Result r = KnimeProgress.runCore(exec, 0.1, 0.9, m -> SmmLearnerCore.execute(pixels, grid,
                options,
                settings.getBoolean(APPEND_RESPONSIBILITIES), settings.getString(SPIKE_UNITS),
                normalization == null ? null : normalization.content(), options.threads(), m));
        if (r.warning() != null) {
            setWarningMessage(r.warning());
        }
        BufferedDataTable out = exec.createColumnRearrangeTable(table,
                CoreTables.append(spec, r.pixels().columns(), r.pixels()), exec.createSubProgress(0.1));
        SpikedMixtureModel model = r.fitted();
        pushFlowVariableDouble("sigma2", model.sigma2());
        pushFlowVariableDouble(SmmLearnerCore.LOGLIK, model.logLikelihood());
        pushFlowVariableInt("iterations", model.iterations());
        pushFlowVariableDouble("spatialBeta", options.spatial().beta());
        return new PortObject[] {CoreTables.write(r.spikes(), spec, exec), out, new SmmPortObject(r.model()),
            CoreTables.write(r.trace(), null, exec)};
    }

    private SpectralColumns spectralColumns(DataTableSpec spec) throws InvalidSettingsException {
        return PixelTables.spectralColumns(spec, settings.columnFilter(COLUMNS).applyTo(spec).getIncludes(),
                COLUMNS.label());
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
}
