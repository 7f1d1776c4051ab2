package io.spikemix.knime.evaluate.spikes;

import static io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings.COMMON_COLUMNS_ONLY;
import static io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings.DECLARATION;
import static io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings.MATCHING_DISTANCE;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.table.CoreTables;
import io.spikemix.knime.base.table.SpikeTables;

/**
 * Spike Set Evaluator: the KNIME adapter of {@link SpikeSetEvaluatorCore}, which compares estimated spikes with
 * reference spectra by the Hausdorff distance under both spike distances and by the optimal one-to-one matching.
 */
final class SpikeSetEvaluatorNodeModel extends SpikeMixNodeModel {

    SpikeSetEvaluatorNodeModel() {
        super(DECLARATION);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        SpikeSetEvaluatorCore.Shapes shapes = shapes((DataTableSpec) inSpecs[0], (DataTableSpec) inSpecs[1]);
        if (shapes.warning() != null) {
            setWarningMessage(shapes.warning());
        }
        pushFlowVariables(Double.NaN, Double.NaN);
        return new PortObjectSpec[] {CoreTables.spec(shapes.summary(), null), CoreTables.spec(shapes.pairs(), null)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable estimatedTable = (BufferedDataTable) inObjects[0];
        BufferedDataTable referenceTable = (BufferedDataTable) inObjects[1];
        SpikeSetEvaluatorCore.Shapes shapes = shapes(estimatedTable.getDataTableSpec(),
                referenceTable.getDataTableSpec());
        SpikeTables.Spikes estimated = SpikeTables.read(estimatedTable, shapes.common(), "the estimated spikes table",
                exec.createSubProgress(0.2));
        SpikeTables.Spikes reference = SpikeTables.read(referenceTable, shapes.common(), "the reference spikes table",
                exec.createSubProgress(0.2));
        exec.setMessage("Matching spikes");
        SpikeSetEvaluatorCore.Result r;
        try {
            r = SpikeSetEvaluatorCore.execute(
                    new SpikeSetEvaluatorCore.Spikes(estimated.values(), estimated.rowKeys()),
                    new SpikeSetEvaluatorCore.Spikes(reference.values(), reference.rowKeys()),
                    settings.getString(MATCHING_DISTANCE), shapes.warning());
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        exec.checkCanceled();
        if (r.warning() != null) {
            setWarningMessage(r.warning());
        }
        pushFlowVariables(r.hausdorffEuclidean(), r.hausdorffCosine());
        return new PortObject[] {CoreTables.write(r.summary(), null, exec), CoreTables.write(r.pairs(), null, exec)};
    }

    private SpikeSetEvaluatorCore.Shapes shapes(DataTableSpec estimated, DataTableSpec reference)
            throws InvalidSettingsException {
        try {
            return SpikeSetEvaluatorCore.configure(SpikeTables.featureColumns(estimated),
                    SpikeTables.featureColumns(reference), settings.getBoolean(COMMON_COLUMNS_ONLY),
                    settings.getString(MATCHING_DISTANCE));
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    private void pushFlowVariables(double euclidean, double cosine) {
        pushFlowVariableDouble(SpikeSetEvaluatorSettings.FLOW_HAUSDORFF_EUCLIDEAN, euclidean);
        pushFlowVariableDouble(SpikeSetEvaluatorSettings.FLOW_HAUSDORFF_COSINE, cosine);
    }
}
