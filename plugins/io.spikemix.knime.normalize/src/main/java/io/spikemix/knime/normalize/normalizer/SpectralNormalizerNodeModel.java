package io.spikemix.knime.normalize.normalizer;

import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.COLUMNS;
import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.DECLARATION;
import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.METHOD;
import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.SKIP_NON_FINITE;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.port.NormalizationPortObject;
import io.spikemix.knime.normalize.port.NormalizationPortObjectSpec;

/**
 * Spectral Normalizer: the KNIME adapter of {@link SpectralNormalizerCore}, which fits the engine's normalization
 * and replaces the spectral columns by the normalized values.
 */
final class SpectralNormalizerNodeModel extends SpikeMixNodeModel {

    SpectralNormalizerNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts(), NormalizationPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), NormalizationPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        SpectralNormalizerCore.Shapes shapes = SpectralNormalizerCore.configure(spectralColumns(spec), method());
        return new PortObjectSpec[] {PixelTables.replaceSpectra(spec, shapes.spectra().columns(), null).createSpec(),
            new NormalizationPortObjectSpec(shapes.model())};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        PixelData pixels = PixelTables.pixelData(table, spectralColumns(spec), exec.createSubProgress(0.3));
        NormalizationMethod method = method();
        boolean skip = settings.getBoolean(SKIP_NON_FINITE);
        SpectralNormalizerCore.Result r = KnimeProgress.runCore(exec, 0.3, 0.7,
                m -> SpectralNormalizerCore.execute(pixels, method, skip, m));
        if (r.warning() != null) {
            setWarningMessage(r.warning());
        }
        BufferedDataTable out = exec.createColumnRearrangeTable(table,
                PixelTables.replaceSpectra(spec, r.spectra().columns(), r.spectra().values()),
                exec.createSubProgress(0.3));
        return new PortObject[] {out, new NormalizationPortObject(r.model())};
    }

    private SpectralColumns spectralColumns(DataTableSpec spec) throws InvalidSettingsException {
        return PixelTables.spectralColumns(spec, settings.columnFilter(COLUMNS).applyTo(spec).getIncludes(),
                COLUMNS.label());
    }

    private NormalizationMethod method() {
        return NormalizationMethod.parse(settings.getString(METHOD));
    }
}
