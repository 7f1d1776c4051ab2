package io.spikemix.knime.evaluate.scorer;

import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.DECLARATION;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.PREDICTED_COLUMN;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.REFERENCE_COLUMN;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.REFERENCE_TABLE_COLUMN;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.table.CoreTables;
import io.spikemix.knime.base.table.PixelTables;

/**
 * Segmentation Scorer: the KNIME adapter of {@link SegmentationScorerCore}, which resolves the columns and scores a
 * predicted segmentation against reference labels (ARI, NMI, accuracy after optimal matching, confusion matrix).
 * This class reads the two label columns; a missing reference is unlabelled, a missing prediction is masked, both
 * are counted. The reference is a column of the labelled pixels, or — when the optional second port is connected —
 * a table of its own matched by pixel coordinates ({@link ReferenceLabels}).
 *
 * <p>The confusion matrix has one column per predicted cluster, known only after reading the data, so configure
 * returns no spec for it (KNIME then configures downstream nodes after execution).
 */
final class SegmentationScorerNodeModel extends SpikeMixNodeModel {

    /** Rows between two cancellation checks. */
    private static final int CHECK_EVERY = 4096;

    SegmentationScorerNodeModel() {
        super(DECLARATION);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        columns((DataTableSpec) inSpecs[0], inSpecs.length > 1 ? (DataTableSpec) inSpecs[1] : null);
        return new PortObjectSpec[] {CoreTables.spec(SegmentationScorerCore.summaryColumns(), null), null};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[0];
        BufferedDataTable referenceTable = inObjects.length > 1 ? (BufferedDataTable) inObjects[1] : null;
        SegmentationScorerCore.Columns cols = columns(table.getDataTableSpec(),
                referenceTable == null ? null : referenceTable.getDataTableSpec());
        ReferenceLabels byPixel = referenceTable == null ? null : readReference(referenceTable, cols, exec);
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
                DataCell p = row.getCell(cols.predicted());
                predicted[r] = p.isMissing() ? ScoreReport.MISSING_PREDICTION
                        : Math.max(ScoreReport.MISSING_PREDICTION, ((IntValue) p).getIntValue());
                if (byPixel == null) {
                    reference[r] = label(row.getCell(cols.reference()), referenceName, r);
                } else {
                    DataCell x = row.getCell(cols.pixelXy()[0]);
                    DataCell y = row.getCell(cols.pixelXy()[1]);
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
        SegmentationScorerCore.Result result = SegmentationScorerCore.execute(reference, predicted);
        if (result.warning() != null) {
            setWarningMessage(result.warning());
        }
        return new PortObject[] {CoreTables.write(result.summary(), null, exec),
            CoreTables.write(result.confusion(), null, exec)};
    }

    private SegmentationScorerCore.Columns columns(DataTableSpec spec, DataTableSpec referenceSpec)
            throws InvalidSettingsException {
        try {
            return SegmentationScorerCore.configure(PixelTables.columns(spec),
                    referenceSpec == null ? null : PixelTables.columns(referenceSpec),
                    settings.getString(PREDICTED_COLUMN), settings.getString(REFERENCE_COLUMN),
                    settings.getString(REFERENCE_TABLE_COLUMN));
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** Reads the optional reference table into labels by pixel coordinates. */
    private static ReferenceLabels readReference(BufferedDataTable table, SegmentationScorerCore.Columns cols,
            ExecutionContext exec) throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int labelCol = cols.referenceLabel();
        int[] xy = cols.referenceXy();
        String name = spec.getColumnSpec(labelCol).getName();
        ReferenceLabels labels = new ReferenceLabels(SegmentationScorerCore.REFERENCE);
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
}
