package io.spikemix.knime.normalize.apply;

import static io.spikemix.knime.normalize.apply.NormalizerApplySettings.DECLARATION;
import static io.spikemix.knime.normalize.apply.NormalizerApplySettings.DIRECTION;
import static io.spikemix.knime.normalize.apply.NormalizerApplySettings.SKIP_NON_FINITE;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.core.Replaced;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.normalize.port.NormalizationPortObject;
import io.spikemix.knime.normalize.port.NormalizationPortObjectSpec;

/**
 * Normalizer (Apply): the KNIME adapter of {@link NormalizerApplyCore}, which applies a fitted normalization to a
 * table, or undoes it.
 */
final class NormalizerApplyNodeModel extends SpikeMixNodeModel {

    NormalizerApplyNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts(), NormalizationPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), NormalizationPortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        NormalizationPortObjectSpec modelSpec = (NormalizationPortObjectSpec) inSpecs[0];
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (modelSpec == null || modelSpec.content() == null) {
            return new PortObjectSpec[] {null};
        }
        try {
            Replaced shape = NormalizerApplyCore.configure(modelSpec.content(), PixelTables.columns(spec));
            return new PortObjectSpec[] {PixelTables.replaceSpectra(spec, shape.columns(), null).createSpec()};
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        NormalizationPortObject model = (NormalizationPortObject) inObjects[0];
        BufferedDataTable table = (BufferedDataTable) inObjects[1];
        DataTableSpec spec = table.getDataTableSpec();
        Replaced shape;
        try {
            shape = NormalizerApplyCore.configure(model.content().spec(), PixelTables.columns(spec));
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        PixelData pixels = PixelTables.pixelData(table, shape.columns(), exec.createSubProgress(0.4));
        boolean undo = NormalizerApplySettings.UNDO.equals(settings.getString(DIRECTION));
        boolean skip = settings.getBoolean(SKIP_NON_FINITE);
        NormalizerApplyCore.Result r = KnimeProgress.runCore(exec, 0.4, 0.6,
                m -> NormalizerApplyCore.execute(model.content(), pixels, undo, skip, m));
        if (r.warning() != null) {
            setWarningMessage(r.warning());
        }
        return new PortObject[] {exec.createColumnRearrangeTable(table,
                PixelTables.replaceSpectra(spec, r.spectra().columns(), r.spectra().values()),
                exec.createSubProgress(0.4))};
    }
}
