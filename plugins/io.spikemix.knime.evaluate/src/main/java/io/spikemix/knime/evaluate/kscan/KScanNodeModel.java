package io.spikemix.knime.evaluate.kscan;

import static io.spikemix.knime.evaluate.kscan.KScanSettings.COLUMNS;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.DECLARATION;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.K_MAX;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.K_MIN;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.PRESET;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.SCAN_GMM;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.SCAN_KMEANS;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.SCAN_SMM;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.SEED;
import static io.spikemix.knime.evaluate.kscan.KScanSettings.THREADS;

import java.util.List;
import java.util.stream.Collectors;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

import io.spikemix.engine.cost.FitCost;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.render.KScanPlotRenderer;
import io.spikemix.engine.render.PngImages;
import io.spikemix.engine.select.KScan;
import io.spikemix.engine.select.KScanOptions;
import io.spikemix.engine.select.ScanResult;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.table.CoreTables;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * K Scan: fits SMM, GMM and k-means at every K of a range with the engine's {@link KScan} (method.md §9) and outputs
 * one row of criteria per method and K ({@link KScanRows}) and a plot of the curves. All maths is in the engine.
 */
final class KScanNodeModel extends SpikeMixNodeModel {

    KScanNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts()),
                PortTypes.of(DECLARATION.outPorts(), ImagePortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        spectralColumns((DataTableSpec) inSpecs[0]);
        options();
        return new PortObjectSpec[] {criteriaSpec(), new ImagePortObjectSpec(PNGImageContent.TYPE)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        SpectralColumns cols = spectralColumns(table.getDataTableSpec());
        KScanOptions options = options();
        // refuses a largest K above the number of pixels before any fit
        SpectralMatrix data = PixelTables.readTrainingSpectra(table, cols, options.range().max(), "components",
                K_MAX.label(), exec);
        KScan scan = new KScan(options);
        exec.setMessage("Estimated cost of " + scan.cost(data.rows(), data.cols()).stream().map(FitCost::describe)
                .collect(Collectors.joining("; ")));
        List<ScanResult> results = KnimeProgress.run(exec, 0.1, 0.95, m -> scan.scan(data, m));
        BufferedDataContainer out = exec.createDataContainer(criteriaSpec());
        long row = 0;
        for (KScanRows.Row r : KScanRows.of(results)) {
            out.addRowToTable(new DefaultRow("Row" + row++, new StringCell(r.method()), new IntCell(r.k()),
                    CoreTables.doubleCell(r.logLikelihood()), r.parameters() < 0 ? DataType.getMissingCell()
                            : new LongCell(r.parameters()), CoreTables.doubleCell(r.bic()),
                    CoreTables.doubleCell(r.icl()), CoreTables.doubleCell(r.entropy()),
                    CoreTables.doubleCell(r.inertia()), CoreTables.doubleCell(r.silhouette()), new IntCell(r.spikes()),
                    new DoubleCell(r.seconds()), new IntCell(r.recommended() ? 1 : 0), new IntCell(r.knee() ? 1 : 0)));
        }
        out.close();
        byte[] png = PngImages.encode(new KScanPlotRenderer(720, 300).render(results));
        ImagePortObject plot = new ImagePortObject(new PNGImageContent(png), new ImagePortObjectSpec(PNGImageContent.TYPE));
        for (ScanResult r : results) {
            pushFlowVariableInt("recommendedK_" + r.method().id(), r.recommendedK());
        }
        return new PortObject[] {out.getTable(), plot};
    }

    /**
     * The columns of {@link KScanRows#COLUMNS} with their types. {@code recommended} and {@code knee} are integers
     * (1 = yes, 0 = no): KNIME's boolean cell is not part of the API surface SpikeMix compiles against.
     */
    static DataTableSpec criteriaSpec() {
        DataType[] types = {StringCell.TYPE, IntCell.TYPE, DoubleCell.TYPE, LongCell.TYPE, DoubleCell.TYPE,
            DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, DoubleCell.TYPE,
            IntCell.TYPE, IntCell.TYPE};
        DataColumnSpec[] specs = new DataColumnSpec[types.length];
        for (int i = 0; i < types.length; i++) {
            specs[i] = new DataColumnSpecCreator(KScanRows.COLUMNS.get(i), types[i]).createSpec();
        }
        return new DataTableSpec(specs);
    }

    private SpectralColumns spectralColumns(DataTableSpec spec) throws InvalidSettingsException {
        return PixelTables.spectralColumns(spec, settings.columnFilter(COLUMNS).applyTo(spec).getIncludes(),
                COLUMNS.label());
    }

    private KScanOptions options() throws InvalidSettingsException {
        try {
            return KScanSettings.options(settings.getInt(K_MIN), settings.getInt(K_MAX), settings.getBoolean(SCAN_SMM),
                    settings.getBoolean(SCAN_GMM), settings.getBoolean(SCAN_KMEANS), settings.getString(PRESET),
                    settings.getInt(SEED), settings.getInt(THREADS));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
