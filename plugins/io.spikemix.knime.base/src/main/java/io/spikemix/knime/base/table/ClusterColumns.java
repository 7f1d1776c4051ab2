package io.spikemix.knime.base.table;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;

/**
 * The result columns every clustering node appends to a pixel table: {@code cluster} (IntCell, 1-based) and
 * optionally one responsibility column {@code p(k)} per component and {@code confidence}, the largest of them (how
 * sure the label is: 1/K no preference, 1 certain), as in {@code docs/table-conventions.md}.
 */
public final class ClusterColumns {

    /** The column holding each pixel's largest responsibility. */
    public static final String CONFIDENCE = "confidence";

    private ClusterColumns() {
    }

    /** {@code cluster}, then {@code p(1)} … {@code p(k)} and {@code confidence} when {@code responsibilities}. */
    public static DataColumnSpec[] specs(int k, boolean responsibilities) {
        DataColumnSpec[] out = new DataColumnSpec[responsibilities ? k + 2 : 1];
        out[0] = new DataColumnSpecCreator(TableConventions.CLUSTER, IntCell.TYPE).createSpec();
        for (int c = 1; c <= k && responsibilities; c++) {
            out[c] = new DataColumnSpecCreator(TableConventions.responsibilityColumn(Integer.toString(c)),
                    DoubleCell.TYPE).createSpec();
        }
        if (responsibilities) {
            out[k + 1] = new DataColumnSpecCreator(CONFIDENCE, DoubleCell.TYPE).createSpec();
        }
        return out;
    }

    /**
     * The cells of one row.
     *
     * @param label          0-based engine label, or -1 for a row without one (missing cell)
     * @param responsibility the row's K responsibilities, or null when they are not appended
     */
    public static DataCell[] cells(int label, double[] responsibility) {
        int k = responsibility == null ? 0 : responsibility.length;
        DataCell[] out = new DataCell[responsibility == null ? 1 : k + 2];
        out[0] = label < 0 ? DataType.getMissingCell() : new IntCell(label + 1);
        for (int c = 1; c <= k; c++) {
            double v = responsibility[c - 1];
            out[c] = Double.isFinite(v) ? new DoubleCell(v) : DataType.getMissingCell();
        }
        if (responsibility != null) {
            double v = largest(responsibility);
            out[k + 1] = Double.isFinite(v) ? new DoubleCell(v) : DataType.getMissingCell();
        }
        return out;
    }

    /** The largest responsibility, NaN when any is not finite. */
    static double largest(double[] responsibility) {
        double best = Double.NEGATIVE_INFINITY;
        for (double v : responsibility) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
            best = Math.max(best, v);
        }
        return best;
    }
}
