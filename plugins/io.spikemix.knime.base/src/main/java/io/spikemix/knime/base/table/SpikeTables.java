package io.spikemix.knime.base.table;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Reads spikes tables ({@link ResultTables}): which columns are features, and the spikes as dense rows. Spikes
 * tables are small (K rows), so they are read into {@code double[][]}.
 */
public final class SpikeTables {

    private SpikeTables() {
    }

    /** The feature columns of a spikes table: every numeric column that is not spike metadata or a coordinate. */
    public static List<String> featureColumns(DataTableSpec spec) {
        List<String> out = new ArrayList<>();
        for (DataColumnSpec c : spec) {
            if (c.getType().isCompatible(DoubleValue.class) && !ResultTables.isSpikeMetadata(c.getName())) {
                out.add(c.getName());
            }
        }
        return out;
    }

    /** The spikes read from a table. */
    public static final class Spikes {
        private final double[][] values;
        private final List<String> rowKeys;
        private final int[] ids;

        Spikes(double[][] values, List<String> rowKeys, int[] ids) {
            this.values = values;
            this.rowKeys = rowKeys;
            this.ids = ids;
        }

        /** One row per spike, one value per requested feature column. */
        public double[][] values() {
            return values;
        }

        /** The row key of each spike. */
        public List<String> rowKeys() {
            return rowKeys;
        }

        /** The {@value ResultTables#SPIKE} number of each spike, or its 1-based row position without that column. */
        public int[] ids() {
            return ids.clone();
        }
    }

    /**
     * Reads the given feature columns of every row.
     *
     * @param columns feature column names, in the order wanted
     * @param what    what the table is, for messages ("the reference spikes table")
     * @throws IllegalArgumentException naming the row and column of a missing or non-finite value
     */
    public static Spikes read(BufferedDataTable table, List<String> columns, String what, ExecutionMonitor exec)
            throws CanceledExecutionException {
        DataTableSpec spec = table.getDataTableSpec();
        int[] idx = new int[columns.size()];
        for (int f = 0; f < idx.length; f++) {
            idx[f] = spec.findColumnIndex(columns.get(f));
            if (idx[f] < 0) {
                throw new IllegalArgumentException("Column '" + columns.get(f) + "' is not in " + what + ".");
            }
        }
        int spikeCol = spec.findColumnIndex(ResultTables.SPIKE);
        boolean hasIds = spikeCol >= 0 && spec.getColumnSpec(spikeCol).getType().isCompatible(IntValue.class);
        List<double[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                exec.checkCanceled();
                DataRow row = it.next();
                double[] v = new double[idx.length];
                for (int f = 0; f < idx.length; f++) {
                    DataCell c = row.getCell(idx[f]);
                    v[f] = c.isMissing() ? Double.NaN : ((DoubleValue) c).getDoubleValue();
                    if (!Double.isFinite(v[f])) {
                        throw new IllegalArgumentException("Row '" + row.getKey() + "' of " + what
                                + " has a missing or non-finite value in column '" + columns.get(f)
                                + "'; spikes must be finite.");
                    }
                }
                rows.add(v);
                keys.add(row.getKey().getString());
                DataCell id = hasIds ? row.getCell(spikeCol) : null;
                ids.add(id != null && !id.isMissing() ? ((IntValue) id).getIntValue() : rows.size());
            }
        }
        return new Spikes(rows.toArray(new double[0][]), keys, ids.stream().mapToInt(Integer::intValue).toArray());
    }
}
