package io.spikemix.knime.kmeans.segmenter;

import io.spikemix.knime.base.table.ResultTables;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.COLUMNS;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.DECLARATION;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.K;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.MAX_ITER;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.N_INIT;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.SEED;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.THREADS;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.TOL;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
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
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.spikes.SpikeTables;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.base.table.TableConventions;

/**
 * k-Means Segmenter: clusters the spectra of a pixel table with the engine's {@link KMeansFitter} and outputs the
 * clustered pixels and the centroids. All maths is in the engine.
 */
final class KMeansSegmenterNodeModel extends NodeModel {

    static final String PIXELS = ResultTables.CLUSTER_SIZE;

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    KMeansSegmenterNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts()), PortTypes.of(DECLARATION.outPorts()));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        SpectralColumns cols = spectralColumns(spec);
        options();
        return new PortObjectSpec[] {PixelTables.append(spec, ClusterColumns.specs(settings.getInt(K), false),
                rowIndex -> {
                    throw new IllegalStateException("spec only");
                }).createSpec(), centroidSpec(spec, cols)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        SpectralColumns cols = spectralColumns(spec);
        KMeansOptions options = options();
        SpectralMatrix data = PixelTables.readTrainingSpectra(table, cols, options.k(), "clusters", K.label(), exec);
        exec.setMessage("Estimated cost of " + CostModel.kmeans(data.rows(), data.cols(), options.k(), options,
                options.threads()).describe());
        KMeansModel model = KnimeProgress.run(exec, 0.1, 0.85, m -> new KMeansFitter(options).fit(data, m));
        if (!model.converged()) {
            setWarningMessage("k-means did not converge within " + model.iterations() + " iterations; raise '"
                    + MAX_ITER.label() + "' or '" + TOL.label() + "'.");
        }
        int[] labels = model.labels();
        BufferedDataTable pixels = exec.createColumnRearrangeTable(table,
                PixelTables.append(spec, ClusterColumns.specs(model.k(), false),
                        rowIndex -> ClusterColumns.cells(labels[Math.toIntExact(rowIndex)], null)),
                exec.createSubProgress(0.15));

        int[] sizes = KMeansSegmenterSettings.clusterSizes(labels, model.k());
        double[][] centroids = model.centroids();
        BufferedDataContainer out = exec.createDataContainer(centroidSpec(spec, cols));
        for (int c = 0; c < centroids.length; c++) {
            List<DataCell> cells = new ArrayList<>();
            cells.add(new IntCell(c + 1));
            cells.add(new IntCell(sizes[c]));
            for (double v : centroids[c]) {
                cells.add(SpikeTables.doubleCell(v));
            }
            out.addRowToTable(new DefaultRow("Cluster " + (c + 1), cells));
        }
        out.close();
        pushFlowVariableDouble("inertia", model.inertia());
        pushFlowVariableInt("iterations", model.iterations());
        return new PortObject[] {pixels, out.getTable()};
    }

    /** {@code cluster}, {@code pixels}, then the spectral columns with the input's names and properties. */
    private static DataTableSpec centroidSpec(DataTableSpec spec, SpectralColumns cols)
            throws InvalidSettingsException {
        List<DataColumnSpec> out = new ArrayList<>();
        out.add(new DataColumnSpecCreator(TableConventions.CLUSTER, IntCell.TYPE).createSpec());
        out.add(new DataColumnSpecCreator(PIXELS, IntCell.TYPE).createSpec());
        for (int f = 0; f < cols.count(); f++) {
            DataColumnSpec in = spec.getColumnSpec(cols.index(f));
            if (in.getName().equals(TableConventions.CLUSTER) || in.getName().equals(PIXELS)) {
                throw new InvalidSettingsException("The spectral column '" + in.getName() + "' has the name of a "
                        + "column of the centroids table; rename it.");
            }
            DataColumnSpecCreator c = new DataColumnSpecCreator(in.getName(), DoubleCell.TYPE);
            c.setProperties(in.getProperties());
            out.add(c.createSpec());
        }
        return new DataTableSpec(out.toArray(new DataColumnSpec[0]));
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
