package io.spikemix.knime.base.table;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;

import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;

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
    public static List<ColumnDef> defs(int k, boolean responsibilities) {
        List<ColumnDef> out = new ArrayList<>();
        out.add(ColumnDef.of(TableConventions.CLUSTER, CellKind.INT));
        for (int c = 1; c <= k && responsibilities; c++) {
            out.add(ColumnDef.of(TableConventions.responsibilityColumn(Integer.toString(c)), CellKind.DOUBLE));
        }
        if (responsibilities) {
            out.add(ColumnDef.of(CONFIDENCE, CellKind.DOUBLE));
        }
        return out;
    }

    /**
     * The values of one row for {@link #defs}.
     *
     * @param label          0-based engine label, or -1 for a row without one (missing cell)
     * @param responsibility the row's K responsibilities, or null when they are not appended
     */
    public static Object[] values(int label, double[] responsibility) {
        int k = responsibility == null ? 0 : responsibility.length;
        Object[] out = new Object[responsibility == null ? 1 : k + 2];
        out[0] = label < 0 ? null : Integer.valueOf(label + 1);
        for (int c = 1; c <= k; c++) {
            out[c] = responsibility[c - 1];
        }
        if (responsibility != null) {
            out[k + 1] = largest(responsibility);
        }
        return out;
    }

    /** The KNIME specs of {@link #defs}. */
    public static DataColumnSpec[] specs(int k, boolean responsibilities) {
        return CoreTables.specs(defs(k, responsibilities), null);
    }

    /** The KNIME cells of {@link #values}. */
    public static DataCell[] cells(int label, double[] responsibility) {
        return CoreTables.cells(values(label, responsibility));
    }

    /** The largest responsibility, NaN when any is not finite. */
    public static double largest(double[] responsibility) {
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
