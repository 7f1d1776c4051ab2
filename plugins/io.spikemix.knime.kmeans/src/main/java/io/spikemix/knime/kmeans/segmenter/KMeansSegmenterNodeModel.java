package io.spikemix.knime.kmeans.segmenter;

import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.COLUMNS;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.DECLARATION;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.K;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.MAX_ITER;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.N_INIT;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.SEED;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.THREADS;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.TOL;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.CoreTables;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * k-Means Segmenter: the KNIME adapter of {@link KMeansSegmenterCore}, which does all the work without KNIME.
 */
final class KMeansSegmenterNodeModel extends SpikeMixNodeModel {

    KMeansSegmenterNodeModel() {
        super(DECLARATION);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        try {
            KMeansSegmenterCore.Shapes shapes = KMeansSegmenterCore.configure(spectralColumns(spec), options());
            return new PortObjectSpec[] {CoreTables.appendedSpec(spec, shapes.appended()),
                CoreTables.spec(shapes.centroids(), spec)};
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        KMeansOptions options = options();
        PixelData pixels = PixelTables.pixelData(table, spectralColumns(spec), exec.createSubProgress(0.1));
        exec.setMessage("Estimated cost of " + CostModel.kmeans(pixels.rows(), pixels.data().cols(), options.k(),
                options, options.threads()).describe());
        KMeansSegmenterCore.Result r = KnimeProgress.runCore(exec, 0.1, 0.85,
                m -> KMeansSegmenterCore.execute(pixels, options, m));
        if (r.warning() != null) {
            setWarningMessage(r.warning());
        }
        BufferedDataTable out = exec.createColumnRearrangeTable(table,
                CoreTables.append(spec, r.pixels().columns(), r.pixels()), exec.createSubProgress(0.15));
        pushFlowVariableDouble("inertia", r.inertia());
        pushFlowVariableInt("iterations", r.iterations());
        return new PortObject[] {out, CoreTables.write(r.centroids(), spec, exec)};
    }

    private SpectralColumns spectralColumns(DataTableSpec spec) throws InvalidSettingsException {
        return PixelTables.spectralColumns(spec, settings.columnFilter(COLUMNS).applyTo(spec).getIncludes(),
                COLUMNS.label());
    }

    private KMeansOptions options() throws InvalidSettingsException {
        try {
            return KMeansSegmenterSettings.options(settings.getInt(K), settings.getInt(N_INIT),
                    settings.getInt(MAX_ITER), settings.getDouble(TOL), settings.getInt(SEED),
                    settings.getInt(THREADS));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
