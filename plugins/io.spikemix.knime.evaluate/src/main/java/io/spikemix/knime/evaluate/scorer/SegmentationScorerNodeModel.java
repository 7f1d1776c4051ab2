package io.spikemix.knime.evaluate.scorer;

import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.DECLARATION;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.PREDICTED_COLUMN;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.REFERENCE_COLUMN;

import java.io.File;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
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

import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.settings.SettingsModels;

/**
 * Segmentation Scorer: scores a predicted segmentation against reference labels (engine {@code ClusteringScores}:
 * ARI, NMI, accuracy after optimal matching, confusion matrix). This class reads the two label columns and writes
 * the report; a missing reference is unlabelled, a missing prediction is masked, both are counted.
 *
 * <p>The confusion matrix has one column per predicted cluster, known only after reading the data, so configure
 * returns no spec for it (KNIME then configures downstream nodes after execution).
 */
final class SegmentationScorerNodeModel extends NodeModel {

    /** Rows between two cancellation checks. */
    private static final int CHECK_EVERY = 4096;

    private final SettingsModels settings = SettingsModels.of(DECLARATION);

    SegmentationScorerNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts()), PortTypes.of(DECLARATION.outPorts()));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        int predicted = intColumn(spec, PREDICTED_COLUMN);
        int reference = intColumn(spec, REFERENCE_COLUMN);
        if (predicted == reference) {
            throw new InvalidSettingsException("'" + PREDICTED_COLUMN.label() + "' and '" + REFERENCE_COLUMN.label()
                    + "' are the same column '" + spec.getColumnSpec(predicted).getName()
                    + "'; select two different columns.");
        }
        return new PortObjectSpec[] {summarySpec(), null};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = table.getDataTableSpec();
        int predictedCol = intColumn(spec, PREDICTED_COLUMN);
        int referenceCol = intColumn(spec, REFERENCE_COLUMN);
        long size = table.size();
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The table has " + size + " rows; at most " + Integer.MAX_VALUE
                    + " pixels can be scored.");
        }
        int n = (int) size;
        int[] predicted = new int[n];
        int[] reference = new int[n];
        int r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                DataCell p = row.getCell(predictedCol);
                DataCell t = row.getCell(referenceCol);
                predicted[r] = p.isMissing() ? ScoreReport.MISSING_PREDICTION
                        : Math.max(ScoreReport.MISSING_PREDICTION, ((IntValue) p).getIntValue());
                reference[r] = t.isMissing() ? ScoreReport.MISSING_REFERENCE : ((IntValue) t).getIntValue();
                if (++r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    final int done = r;
                    exec.setProgress(0.8 * done / n, () -> "Read " + done + " of " + n + " rows");
                }
            }
        }
        exec.setMessage("Scoring");
        ScoreReport report = new ScoreReport(reference, predicted);

        BufferedDataContainer summary = exec.createDataContainer(summarySpec());
        double[] scores = report.scoreValues();
        long[] counts = report.countValues();
        summary.addRowToTable(new DefaultRow(new RowKey("Row0"), new DoubleCell(scores[0]), new DoubleCell(scores[1]),
                new DoubleCell(scores[2]), new LongCell(counts[0]), new LongCell(counts[1]), new LongCell(counts[2])));
        summary.close();

        List<String> names = report.confusionColumns();
        DataColumnSpec[] cols = new DataColumnSpec[names.size()];
        for (int c = 0; c < cols.length; c++) {
            boolean label = c == 0 || c == cols.length - 1;
            cols[c] = new DataColumnSpecCreator(names.get(c), label ? IntCell.TYPE : LongCell.TYPE).createSpec();
        }
        BufferedDataContainer confusion = exec.createDataContainer(new DataTableSpec(cols));
        int[] labels = report.referenceLabels();
        int[] matched = report.matchedClusters();
        for (int i = 0; i < labels.length; i++) {
            long[] row = report.counts(i);
            DataCell[] cells = new DataCell[cols.length];
            cells[0] = new IntCell(labels[i]);
            for (int c = 0; c < row.length; c++) {
                cells[c + 1] = new LongCell(row[c]);
            }
            cells[cols.length - 1] = matched[i] < 0 ? DataType.getMissingCell() : new IntCell(matched[i]);
            confusion.addRowToTable(new DefaultRow(new RowKey("label " + labels[i]), cells));
        }
        confusion.close();
        if (report.scores().unlabelledCount() + report.scores().maskedCount() > 0) {
            setWarningMessage(report.scores().unlabelledCount() + " unlabelled and " + report.scores().maskedCount()
                    + " masked pixel(s) were excluded from the scores.");
        }
        return new PortObject[] {summary.getTable(), confusion.getTable()};
    }

    /** The position of the integer column a column setting names. */
    private int intColumn(DataTableSpec spec, SettingDef setting) throws InvalidSettingsException {
        String name = settings.getString(setting);
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Select the '" + setting.label() + "'.");
        }
        int i = spec.findColumnIndex(name);
        if (i < 0) {
            throw new InvalidSettingsException("Column '" + name + "' selected as '" + setting.label()
                    + "' is not in the input table. Select an integer column.");
        }
        if (!spec.getColumnSpec(i).getType().isCompatible(IntValue.class)) {
            throw new InvalidSettingsException("Column '" + name + "' selected as '" + setting.label()
                    + "' is not an integer column (type " + spec.getColumnSpec(i).getType() + "); labels must be "
                    + "integers.");
        }
        return i;
    }

    private static DataTableSpec summarySpec() {
        List<String> names = ScoreReport.summaryColumns();
        DataColumnSpec[] cols = new DataColumnSpec[names.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new DataColumnSpecCreator(names.get(i), i < 3 ? DoubleCell.TYPE : LongCell.TYPE).createSpec();
        }
        return new DataTableSpec(cols);
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
        // no internals
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec)
            throws java.io.IOException, CanceledExecutionException {
        // no internals
    }
}
