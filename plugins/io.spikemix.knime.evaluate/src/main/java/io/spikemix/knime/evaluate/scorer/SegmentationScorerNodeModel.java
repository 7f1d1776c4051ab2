package io.spikemix.knime.evaluate.scorer;

import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.DECLARATION;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.PREDICTED_COLUMN;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.REFERENCE_COLUMN;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.REFERENCE_TABLE_COLUMN;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
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
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.table.TableConventions;

/**
 * Segmentation Scorer: scores a predicted segmentation against reference labels (engine {@code ClusteringScores}:
 * ARI, NMI, accuracy after optimal matching, confusion matrix). This class reads the two label columns and writes
 * the report; a missing reference is unlabelled, a missing prediction is masked, both are counted. The reference is
 * a column of the labelled pixels, or — when the optional second port is connected — a table of its own matched by
 * pixel coordinates ({@link ReferenceLabels}).
 *
 * <p>The confusion matrix has one column per predicted cluster, known only after reading the data, so configure
 * returns no spec for it (KNIME then configures downstream nodes after execution).
 */
final class SegmentationScorerNodeModel extends SpikeMixNodeModel {

    /** Rows between two cancellation checks. */
    private static final int CHECK_EVERY = 4096;

    private static final String PIXELS = "labelled pixels table";

    private static final String REFERENCE = "reference labels table";

    SegmentationScorerNodeModel() {
        super(DECLARATION);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec) inSpecs[0];
        DataTableSpec referenceSpec = referenceSpec(inSpecs);
        int predicted = intColumn(spec, PREDICTED_COLUMN, PIXELS);
        if (referenceSpec == null) {
            int reference = labelColumn(spec, REFERENCE_COLUMN, PIXELS);
            if (predicted == reference) {
                throw new InvalidSettingsException("'" + PREDICTED_COLUMN.label() + "' and '"
                        + REFERENCE_COLUMN.label() + "' are the same column '" + spec.getColumnSpec(predicted).getName()
                        + "'; select two different columns.");
            }
        } else {
            referenceTableColumn(referenceSpec);
            coordinateColumns(spec, PIXELS);
            coordinateColumns(referenceSpec, REFERENCE);
        }
        return new PortObjectSpec[] {summarySpec(), null};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        BufferedDataTable referenceTable = inObjects.length > 1 ? (BufferedDataTable) inObjects[1] : null;
        DataTableSpec spec = table.getDataTableSpec();
        int predictedCol = intColumn(spec, PREDICTED_COLUMN, PIXELS);
        ReferenceLabels byPixel = referenceTable == null ? null : readReference(referenceTable, exec);
        int referenceCol = byPixel == null ? labelColumn(spec, REFERENCE_COLUMN, PIXELS) : -1;
        int[] xy = byPixel == null ? null : coordinateColumns(spec, PIXELS);
        String referenceName = settings.getString(REFERENCE_COLUMN);
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
                predicted[r] = p.isMissing() ? ScoreReport.MISSING_PREDICTION
                        : Math.max(ScoreReport.MISSING_PREDICTION, ((IntValue) p).getIntValue());
                if (byPixel == null) {
                    reference[r] = label(row.getCell(referenceCol), referenceName, r);
                } else {
                    DataCell x = row.getCell(xy[0]);
                    DataCell y = row.getCell(xy[1]);
                    reference[r] = x.isMissing() || y.isMissing() ? ScoreReport.MISSING_REFERENCE
                            : byPixel.labelAt(((IntValue) x).getIntValue(), ((IntValue) y).getIntValue());
                }
                if (++r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    final int done = r;
                    exec.setProgress(0.5 + 0.3 * done / n, () -> "Read " + done + " of " + n + " rows");
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

    /** The reference table's spec when the optional port is connected, else null. */
    private static DataTableSpec referenceSpec(PortObjectSpec[] inSpecs) {
        return inSpecs.length > 1 ? (DataTableSpec) inSpecs[1] : null;
    }

    /** Reads the optional reference table into labels by pixel coordinates. */
    private ReferenceLabels readReference(BufferedDataTable table, ExecutionContext exec)
            throws InvalidSettingsException, CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int labelCol = referenceTableColumn(spec);
        int[] xy = coordinateColumns(spec, REFERENCE);
        String name = spec.getColumnSpec(labelCol).getName();
        ReferenceLabels labels = new ReferenceLabels(REFERENCE);
        long size = table.size();
        long r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                DataCell x = row.getCell(xy[0]);
                DataCell y = row.getCell(xy[1]);
                if (!x.isMissing() && !y.isMissing()) {
                    labels.put(((IntValue) x).getIntValue(), ((IntValue) y).getIntValue(),
                            label(row.getCell(labelCol), name, r), r);
                }
                if (++r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    final long done = r;
                    exec.setProgress(0.5 * done / size, () -> "Read " + done + " of " + size + " reference rows");
                }
            }
        }
        return labels;
    }

    /** A reference label from a cell: missing is unlabelled; double cells must hold whole numbers. */
    private static int label(DataCell cell, String column, long row) {
        if (cell.isMissing()) {
            return ScoreReport.MISSING_REFERENCE;
        }
        if (cell instanceof IntValue) {
            return ((IntValue) cell).getIntValue();
        }
        return ReferenceLabels.wholeLabel(((DoubleValue) cell).getDoubleValue(), column, row);
    }

    /**
     * The label column of the reference table: the one selected, or when none is selected the only column besides
     * x and y.
     */
    private int referenceTableColumn(DataTableSpec spec) throws InvalidSettingsException {
        String name = settings.getString(REFERENCE_TABLE_COLUMN);
        if (name == null || name.isEmpty()) {
            List<String> others = new ArrayList<>();
            for (int c = 0; c < spec.getNumColumns(); c++) {
                String n = spec.getColumnSpec(c).getName();
                if (!TableConventions.isCoordinate(n)) {
                    others.add(n);
                }
            }
            if (others.size() != 1) {
                throw new InvalidSettingsException("The " + REFERENCE + " has " + others.size()
                        + " columns besides x and y " + others + "; select its label column in '"
                        + REFERENCE_TABLE_COLUMN.label() + "'.");
            }
            return numericLabel(spec, spec.findColumnIndex(others.get(0)), REFERENCE_TABLE_COLUMN);
        }
        return labelColumn(spec, REFERENCE_TABLE_COLUMN, REFERENCE);
    }

    /** The position of the integer column a column setting names. */
    private int intColumn(DataTableSpec spec, SettingDef setting, String table) throws InvalidSettingsException {
        int i = column(spec, setting, table);
        if (!spec.getColumnSpec(i).getType().isCompatible(IntValue.class)) {
            throw new InvalidSettingsException("Column '" + spec.getColumnSpec(i).getName() + "' selected as '"
                    + setting.label() + "' is not an integer column (type " + spec.getColumnSpec(i).getType()
                    + "); clusters must be integers.");
        }
        return i;
    }

    /** The position of the label column a column setting names: integer, or double holding whole numbers. */
    private int labelColumn(DataTableSpec spec, SettingDef setting, String table) throws InvalidSettingsException {
        return numericLabel(spec, column(spec, setting, table), setting);
    }

    private static int numericLabel(DataTableSpec spec, int i, SettingDef setting) throws InvalidSettingsException {
        DataType type = spec.getColumnSpec(i).getType();
        if (!type.isCompatible(IntValue.class) && !type.isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("Column '" + spec.getColumnSpec(i).getName() + "' selected as '"
                    + setting.label() + "' is not numeric (type " + type + "); labels must be integers or whole "
                    + "numbers.");
        }
        return i;
    }

    private int column(DataTableSpec spec, SettingDef setting, String table) throws InvalidSettingsException {
        String name = settings.getString(setting);
        if (name == null || name.isEmpty()) {
            throw new InvalidSettingsException("Select the '" + setting.label() + "'.");
        }
        int i = spec.findColumnIndex(name);
        if (i < 0) {
            throw new InvalidSettingsException("Column '" + name + "' selected as '" + setting.label()
                    + "' is not in the " + table + ".");
        }
        return i;
    }

    /** The positions of the integer x and y columns, needed to match pixels with the reference table. */
    private static int[] coordinateColumns(DataTableSpec spec, String table) throws InvalidSettingsException {
        int[] xy = {spec.findColumnIndex(TableConventions.X), spec.findColumnIndex(TableConventions.Y)};
        for (int c : xy) {
            if (c < 0 || !spec.getColumnSpec(c).getType().isCompatible(IntValue.class)) {
                throw new InvalidSettingsException("The " + table + " needs integer columns '" + TableConventions.X
                        + "' and '" + TableConventions.Y + "' to match pixels with the reference table.");
            }
        }
        return xy;
    }

    private static DataTableSpec summarySpec() {
        List<String> names = ScoreReport.summaryColumns();
        DataColumnSpec[] cols = new DataColumnSpec[names.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new DataColumnSpecCreator(names.get(i), i < 3 ? DoubleCell.TYPE : LongCell.TYPE).createSpec();
        }
        return new DataTableSpec(cols);
    }
}
