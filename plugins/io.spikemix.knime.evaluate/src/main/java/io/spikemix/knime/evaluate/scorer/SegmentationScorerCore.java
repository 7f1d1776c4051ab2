package io.spikemix.knime.evaluate.scorer;

import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.PREDICTED_COLUMN;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.REFERENCE_COLUMN;
import static io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings.REFERENCE_TABLE_COLUMN;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.TableConventions;

/**
 * The Segmentation Scorer without KNIME: resolves the cluster and reference columns the settings name (in the
 * labelled pixels table, or a reference table matched by pixel coordinates), scores the labels
 * ({@link ScoreReport}: ARI, NMI, accuracy after optimal matching) and writes the summary and the confusion matrix.
 * The confusion matrix has one column per predicted cluster, known only after reading the data, so configure
 * announces only the summary.
 */
public final class SegmentationScorerCore {

    public static final String PIXELS = "labelled pixels table";
    public static final String REFERENCE = "reference labels table";

    private SegmentationScorerCore() {
    }

    /**
     * Where the labels are: the predicted cluster column, and either the reference column of the same table or, with
     * a reference table, its label column and both tables' x and y columns.
     */
    public record Columns(int predicted, int reference, int[] pixelXy, int referenceLabel, int[] referenceXy) {

        boolean byPixel() {
            return referenceXy != null;
        }
    }

    /** What execute produces. */
    public record Result(NewTable summary, NewTable confusion, String warning) {
    }

    /**
     * Resolves the columns, refusing a missing, non-integer or duplicate selection.
     *
     * @param referenceTable the reference table's columns, or null when the optional port is not connected
     * @param predicted      the Cluster column setting
     * @param reference      the Reference label column setting
     * @param referenceLabel the reference table's label column setting ("" = its only column besides x and y)
     */
    public static Columns configure(List<ColumnInfo> pixels, List<ColumnInfo> referenceTable, String predicted,
            String reference, String referenceLabel) throws CoreInputException {
        int p = intColumn(pixels, predicted, PREDICTED_COLUMN, PIXELS);
        if (referenceTable == null) {
            int r = numericLabel(pixels, column(pixels, reference, REFERENCE_COLUMN, PIXELS), REFERENCE_COLUMN);
            if (p == r) {
                throw new CoreInputException("'" + PREDICTED_COLUMN.label() + "' and '" + REFERENCE_COLUMN.label()
                        + "' are the same column '" + pixels.get(p).name() + "'; select two different columns.");
            }
            return new Columns(p, r, null, -1, null);
        }
        int label = referenceTableColumn(referenceTable, referenceLabel);
        return new Columns(p, -1, coordinateColumns(pixels, PIXELS), label,
                coordinateColumns(referenceTable, REFERENCE));
    }

    /** The summary's columns: three scores, three counts. */
    public static List<ColumnDef> summaryColumns() {
        List<String> names = ScoreReport.summaryColumns();
        List<ColumnDef> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(ColumnDef.of(names.get(i), i < 3 ? CellKind.DOUBLE : CellKind.LONG));
        }
        return out;
    }

    /**
     * Scores the labels of the pixels.
     *
     * @param reference per pixel the reference label, {@link ScoreReport#MISSING_REFERENCE} when unlabelled
     * @param predicted per pixel the cluster, {@link ScoreReport#MISSING_PREDICTION} when masked
     * @throws CoreInputException when no pixel is both labelled and assigned
     */
    public static Result execute(int[] reference, int[] predicted) throws CoreInputException {
        ScoreReport report;
        try {
            report = new ScoreReport(reference, predicted);
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
        double[] scores = report.scoreValues();
        long[] counts = report.countValues();
        NewTable summary = new NewTable(summaryColumns()).add("Row0", scores[0], scores[1], scores[2], counts[0],
                counts[1], counts[2]);
        List<String> names = report.confusionColumns();
        List<ColumnDef> cols = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            boolean label = c == 0 || c == names.size() - 1;
            cols.add(ColumnDef.of(names.get(c), label ? CellKind.INT : CellKind.LONG));
        }
        NewTable confusion = new NewTable(cols);
        int[] labels = report.referenceLabels();
        int[] matched = report.matchedClusters();
        for (int i = 0; i < labels.length; i++) {
            long[] row = report.counts(i);
            Object[] values = new Object[cols.size()];
            values[0] = labels[i];
            for (int c = 0; c < row.length; c++) {
                values[c + 1] = row[c];
            }
            values[cols.size() - 1] = matched[i] < 0 ? null : Integer.valueOf(matched[i]);
            confusion.add("label " + labels[i], values);
        }
        long excluded = report.scores().unlabelledCount() + report.scores().maskedCount();
        String warning = excluded == 0 ? null : report.scores().unlabelledCount() + " unlabelled and "
                + report.scores().maskedCount() + " masked pixel(s) were excluded from the scores.";
        return new Result(summary, confusion, warning);
    }

    /**
     * The label column of the reference table: the one selected, or when none is selected the only column besides
     * x and y.
     */
    private static int referenceTableColumn(List<ColumnInfo> table, String name) throws CoreInputException {
        if (name == null || name.isEmpty()) {
            List<String> others = new ArrayList<>();
            int only = -1;
            for (int c = 0; c < table.size(); c++) {
                if (!TableConventions.isCoordinate(table.get(c).name())) {
                    others.add(table.get(c).name());
                    only = c;
                }
            }
            if (others.size() != 1) {
                throw new CoreInputException("The " + REFERENCE + " has " + others.size() + " columns besides x and y "
                        + others + "; select its label column in '" + REFERENCE_TABLE_COLUMN.label() + "'.");
            }
            return numericLabel(table, only, REFERENCE_TABLE_COLUMN);
        }
        return numericLabel(table, column(table, name, REFERENCE_TABLE_COLUMN, REFERENCE), REFERENCE_TABLE_COLUMN);
    }

    private static int intColumn(List<ColumnInfo> table, String name, SettingDef setting, String what)
            throws CoreInputException {
        int i = column(table, name, setting, what);
        if (!table.get(i).isInteger()) {
            throw new CoreInputException("Column '" + table.get(i).name() + "' selected as '" + setting.label()
                    + "' is not an integer column; clusters must be integers.");
        }
        return i;
    }

    private static int numericLabel(List<ColumnInfo> table, int i, SettingDef setting) throws CoreInputException {
        if (!table.get(i).isNumeric() && !table.get(i).isInteger()) {
            throw new CoreInputException("Column '" + table.get(i).name() + "' selected as '" + setting.label()
                    + "' is not numeric; labels must be integers or whole numbers.");
        }
        return i;
    }

    private static int column(List<ColumnInfo> table, String name, SettingDef setting, String what)
            throws CoreInputException {
        if (name == null || name.isEmpty()) {
            throw new CoreInputException("Select the '" + setting.label() + "'.");
        }
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new CoreInputException("Column '" + name + "' selected as '" + setting.label() + "' is not in the "
                + what + ".");
    }

    /** The positions of the integer x and y columns, needed to match pixels with the reference table. */
    private static int[] coordinateColumns(List<ColumnInfo> table, String what) throws CoreInputException {
        int[] xy = {-1, -1};
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).name().equals(TableConventions.X)) {
                xy[0] = i;
            } else if (table.get(i).name().equals(TableConventions.Y)) {
                xy[1] = i;
            }
        }
        for (int c : xy) {
            if (c < 0 || !table.get(c).isInteger()) {
                throw new CoreInputException("The " + what + " needs integer columns '" + TableConventions.X
                        + "' and '" + TableConventions.Y + "' to match pixels with the reference table.");
            }
        }
        return xy;
    }
}
