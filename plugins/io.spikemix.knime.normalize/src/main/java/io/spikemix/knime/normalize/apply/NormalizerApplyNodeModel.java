package io.spikemix.knime.normalize.apply;

import static io.spikemix.knime.normalize.apply.NormalizerApplySettings.DECLARATION;
import static io.spikemix.knime.normalize.apply.NormalizerApplySettings.DIRECTION;
import static io.spikemix.knime.normalize.apply.NormalizerApplySettings.SKIP_NON_FINITE;

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
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.NormalizationMessages;
import io.spikemix.knime.normalize.port.NormalizationPortObject;
import io.spikemix.knime.normalize.port.NormalizationPortObjectSpec;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

/**
 * Normalizer (Apply): applies a fitted normalization to a table, or undoes it, through the engine's
 * {@link NormalizationModel}. Refuses tables that lack any of the model's spectral columns, naming them.
 */
final class NormalizerApplyNodeModel extends NodeModel {

    private static final String WHAT = "the normalization model";

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    NormalizerApplyNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), NormalizationPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), NormalizationPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        NormalizationPortObjectSpec modelSpec = (NormalizationPortObjectSpec) inSpecs[0];
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (modelSpec == null || modelSpec.content() == null) {
            return new PortObjectSpec[] {null};
        }
        SpectralColumns cols = columns(modelSpec.content(), spec);
        return new PortObjectSpec[] {PixelTables.replaceSpectra(spec, cols, null).createSpec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        NormalizationPortObject model = (NormalizationPortObject) inObjects[0];
        BufferedDataTable table = (BufferedDataTable) inObjects[1];
        SpectralColumns cols = columns(model.content().spec(), table.getDataTableSpec());
        NormalizationModel engine = model.content().model();

        SpectralMatrix spectra = PixelTables.readSpectra(table, cols, exec.createSubProgress(0.4));
        KnimeProgress progress = KnimeProgress.of(exec);
        SpectralMatrix out;
        try {
            if (NormalizerApplySettings.UNDO.equals(settings.getString(DIRECTION))) {
                out = engine.undo(spectra, progress.subRange(0.4, 0.6));
            } else {
                NonFinitePolicy policy =
                        settings.getBoolean(SKIP_NON_FINITE) ? NonFinitePolicy.SKIP : NonFinitePolicy.REJECT;
                NormalizationResult result = engine.apply(spectra, policy, progress.subRange(0.4, 0.6));
                NormalizationMessages.warning(new int[0], result.maskedRows(), result.skippedRows(), cols.names())
                        .ifPresent(this::setWarningMessage);
                out = result.data();
            }
        } catch (CanceledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (NonFiniteValueException e) {
            throw new IllegalArgumentException(NormalizationMessages.nonFinite(
                    PixelTables.rowKeyAt(table, e.row()), cols.names().get(e.column()), e.value(),
                    SKIP_NON_FINITE.label()), e);
        }
        return new PortObject[] {exec.createColumnRearrangeTable(table,
                PixelTables.replaceSpectra(table.getDataTableSpec(), cols, out), exec.createSubProgress(0.4))};
    }

    private static SpectralColumns columns(NormalizationSpecContent model, DataTableSpec spec)
            throws InvalidSettingsException {
        return PixelTables.requireColumns(spec, model.columns(), model.axis(), WHAT);
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
