package io.spikemix.knime.evaluate.spikes;

import static io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings.COMMON_COLUMNS_ONLY;
import static io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings.DECLARATION;
import static io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings.MATCHING_DISTANCE;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.knime.base.table.SpikeTables;
import io.spikemix.knime.evaluate.FeatureColumnMatch;

/**
 * Spike Set Evaluator: compares estimated spikes with reference spectra by the Hausdorff distance under both spike
 * distances and by the optimal one-to-one matching (engine {@code SpikeSetEvaluation}); this class only maps
 * tables to arrays and the report back to tables and flow variables.
 */
final class SpikeSetEvaluatorNodeModel extends SpikeMixNodeModel {

    SpikeSetEvaluatorNodeModel() {
        super(DECLARATION);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        FeatureColumnMatch match = match((DataTableSpec) inSpecs[0], (DataTableSpec) inSpecs[1]);
        SpikeSetReport.distance(settings.getString(MATCHING_DISTANCE));
        match.mismatch().ifPresent(this::setWarningMessage);
        pushFlowVariables(Double.NaN, Double.NaN);
        return new PortObjectSpec[] {summarySpec(), pairsSpec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable estimatedTable = (BufferedDataTable) inObjects[0];
        BufferedDataTable referenceTable = (BufferedDataTable) inObjects[1];
        FeatureColumnMatch match = match(estimatedTable.getDataTableSpec(), referenceTable.getDataTableSpec());
        match.mismatch().ifPresent(this::setWarningMessage);
        List<String> columns = match.common();
        SpikeTables.Spikes estimated = SpikeTables.read(estimatedTable, columns, "the estimated spikes table",
                exec.createSubProgress(0.2));
        SpikeTables.Spikes reference = SpikeTables.read(referenceTable, columns, "the reference spikes table",
                exec.createSubProgress(0.2));
        exec.setMessage("Matching spikes");
        SpikeSetReport report = new SpikeSetReport(reference.values(), reference.rowKeys(), estimated.values(),
                estimated.rowKeys(), SpikeSetReport.distance(settings.getString(MATCHING_DISTANCE)));
        exec.checkCanceled();

        double euclidean = report.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN);
        double cosine = report.hausdorff(SpikeDistance.ABS_COSINE);
        BufferedDataContainer summary = exec.createDataContainer(summarySpec());
        summary.addRowToTable(new DefaultRow(new RowKey("Row0"), doubleCell(euclidean), doubleCell(cosine),
                new IntCell(report.estimatedCount()), new IntCell(report.referenceCount()),
                new IntCell(report.featureCount())));
        summary.close();

        BufferedDataContainer pairs = exec.createDataContainer(pairsSpec());
        long r = 0;
        for (SpikeSetReport.PairRow p : report.pairRows()) {
            pairs.addRowToTable(new DefaultRow(RowKey.createRowKey(r++), stringCell(p.reference()),
                    stringCell(p.estimated()), doubleCell(p.squaredEuclidean()), doubleCell(p.absCosine()),
                    p.sign() == 0 ? DataType.getMissingCell() : new IntCell(p.sign())));
        }
        pairs.close();
        pushFlowVariables(euclidean, cosine);
        return new PortObject[] {summary.getTable(), pairs.getTable()};
    }

    private FeatureColumnMatch match(DataTableSpec estimated, DataTableSpec reference)
            throws InvalidSettingsException {
        FeatureColumnMatch match = FeatureColumnMatch.of(SpikeTables.featureColumns(estimated),
                SpikeTables.featureColumns(reference));
        if (match.common().isEmpty()) {
            throw new InvalidSettingsException("The estimated and reference spikes tables have no feature column in "
                    + "common. " + match.mismatch().orElse("Both tables need at least one double column per band."));
        }
        if (!match.isExact() && !settings.getBoolean(COMMON_COLUMNS_ONLY)) {
            throw new InvalidSettingsException(match.mismatch().get() + " Use tables with the same band columns or "
                    + "switch on '" + COMMON_COLUMNS_ONLY.label() + "'.");
        }
        return match;
    }

    private void pushFlowVariables(double euclidean, double cosine) {
        pushFlowVariableDouble(SpikeSetEvaluatorSettings.FLOW_HAUSDORFF_EUCLIDEAN, euclidean);
        pushFlowVariableDouble(SpikeSetEvaluatorSettings.FLOW_HAUSDORFF_COSINE, cosine);
    }

    private static DataTableSpec summarySpec() {
        List<String> names = SpikeSetReport.summaryColumns();
        DataColumnSpec[] cols = new DataColumnSpec[names.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new DataColumnSpecCreator(names.get(i), i < 2 ? DoubleCell.TYPE : IntCell.TYPE).createSpec();
        }
        return new DataTableSpec(cols);
    }

    private static DataTableSpec pairsSpec() {
        return new DataTableSpec(
                new DataColumnSpecCreator(SpikeSetReport.REFERENCE, StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator(SpikeSetReport.ESTIMATED, StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator(SpikeSetReport.SQUARED_EUCLIDEAN, DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator(SpikeSetReport.ABS_COSINE, DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator(SpikeSetReport.SIGN, IntCell.TYPE).createSpec());
    }

    private static DataCell doubleCell(double v) {
        return Double.isFinite(v) ? new DoubleCell(v) : DataType.getMissingCell();
    }

    private static DataCell stringCell(String s) {
        return s == null ? DataType.getMissingCell() : new StringCell(s);
    }
}
