package io.spikemix.knime.normalize.normalizer;

import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.COLUMNS;
import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.DECLARATION;
import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.METHOD;
import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.SKIP_NON_FINITE;

import java.io.File;

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
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.NormalizationMessages;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationPortObject;
import io.spikemix.knime.normalize.port.NormalizationPortObjectSpec;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

/**
 * Spectral Normalizer: fits a normalization (min-max, l1 or TIC; the engine's {@link NormalizationModel}) to the
 * spectral columns of a pixel table, outputs the normalized table and the fitted model. All arithmetic is in the
 * engine; this class maps table to matrix and back.
 */
final class SpectralNormalizerNodeModel extends NodeModel {

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    SpectralNormalizerNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), NormalizationPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), NormalizationPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        SpectralColumns cols = spectralColumns(spec);
        NormalizationSpecContent content = new NormalizationSpecContent(method(), cols.names(), cols.axis());
        return new PortObjectSpec[] {PixelTables.replaceSpectra(spec, cols, null).createSpec(),
                new NormalizationPortObjectSpec(content)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        if (table.size() == 0) {
            throw new IllegalArgumentException("The input table is empty; a normalization needs at least one row.");
        }
        SpectralColumns cols = spectralColumns(table.getDataTableSpec());
        NormalizationMethod method = method();
        NonFinitePolicy policy = settings.getBoolean(SKIP_NON_FINITE) ? NonFinitePolicy.SKIP : NonFinitePolicy.REJECT;

        SpectralMatrix spectra = PixelTables.readSpectra(table, cols, exec.createSubProgress(0.3));
        KnimeProgress progress = KnimeProgress.of(exec);
        NormalizationModel model;
        NormalizationResult result;
        try {
            model = NormalizationModel.fit(method, spectra, policy, progress.subRange(0.3, 0.5));
            result = model.apply(spectra, policy, progress.subRange(0.5, 0.7));
        } catch (CanceledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (NonFiniteValueException e) {
            throw new IllegalArgumentException(NormalizationMessages.nonFinite(
                    PixelTables.rowKeyAt(table, e.row()), cols.names().get(e.column()), e.value(),
                    SKIP_NON_FINITE.label()), e);
        }
        NormalizationMessages.warning(result.constantFeatures(), result.maskedRows(), result.skippedRows(),
                cols.names()).ifPresent(this::setWarningMessage);

        BufferedDataTable out = exec.createColumnRearrangeTable(table,
                PixelTables.replaceSpectra(table.getDataTableSpec(), cols, result.data()), exec.createSubProgress(0.3));
        NormalizationSpecContent spec = new NormalizationSpecContent(method, cols.names(), cols.axis());
        return new PortObject[] {out, new NormalizationPortObject(new NormalizationModelContent(spec, model))};
    }

    private SpectralColumns spectralColumns(DataTableSpec spec) throws InvalidSettingsException {
        return PixelTables.spectralColumns(spec, settings.columnFilter(COLUMNS).applyTo(spec).getIncludes(),
                COLUMNS.label());
    }

    private NormalizationMethod method() {
        return NormalizationMethod.parse(settings.getString(METHOD));
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
            throws java.io.IOException, CanceledExecutionException {
        // no internals: outputs are restored by KNIME
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec)
            throws java.io.IOException, CanceledExecutionException {
        // no internals
    }
}
