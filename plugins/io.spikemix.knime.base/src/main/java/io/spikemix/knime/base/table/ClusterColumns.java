package io.spikemix.knime.base.table;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;

/**
 * The result columns every clustering node appends to a pixel table: {@code cluster} (IntCell, 1-based) and
 * optionally one responsibility column {@code p(k)} per component, as in {@code docs/table-conventions.md}.
 */
public final class ClusterColumns {

    private ClusterColumns() {
    }

    /** {@code cluster}, then {@code p(1)} … {@code p(k)} when {@code responsibilities} is true. */
    public static DataColumnSpec[] specs(int k, boolean responsibilities) {
        DataColumnSpec[] out = new DataColumnSpec[responsibilities ? k + 1 : 1];
        out[0] = new DataColumnSpecCreator(TableConventions.CLUSTER, IntCell.TYPE).createSpec();
        for (int c = 1; c < out.length; c++) {
            out[c] = new DataColumnSpecCreator(TableConventions.responsibilityColumn(Integer.toString(c)),
                    DoubleCell.TYPE).createSpec();
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
        DataCell[] out = new DataCell[responsibility == null ? 1 : responsibility.length + 1];
        out[0] = label < 0 ? DataType.getMissingCell() : new IntCell(label + 1);
        for (int c = 1; c < out.length; c++) {
            double v = responsibility[c - 1];
            out[c] = Double.isFinite(v) ? new DoubleCell(v) : DataType.getMissingCell();
        }
        return out;
    }
}
