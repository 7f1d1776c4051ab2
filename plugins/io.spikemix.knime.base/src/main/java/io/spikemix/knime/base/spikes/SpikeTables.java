package io.spikemix.knime.base.spikes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

import io.spikemix.knime.base.table.SpectralColumns;

/**
 * KNIME side of the spikes table ({@link SpikeRows}): the spec, known at configure time, and the table. The
 * spectral columns keep the input's names and column properties (so the band travels with them, and Normalizer
 * (Apply) can undo a normalization on the spikes); their domain is dropped because the values are new.
 */
public final class SpikeTables {

    private SpikeTables() {
    }

    /**
     * The spikes table spec: the fixed columns, the extra columns (name → flag column?), then the spectral
     * columns of {@code input} selected by {@code cols}.
     *
     * @throws InvalidSettingsException when a spectral column has the name of a non-spectral spikes column
     */
    public static DataTableSpec spec(DataTableSpec input, SpectralColumns cols, Map<String, Boolean> extraColumns)
            throws InvalidSettingsException {
        List<DataColumnSpec> specs = new ArrayList<>();
        specs.add(new DataColumnSpecCreator(SpikeRows.SPIKE, IntCell.TYPE).createSpec());
        specs.add(new DataColumnSpecCreator(SpikeRows.PI, DoubleCell.TYPE).createSpec());
        specs.add(new DataColumnSpecCreator(SpikeRows.NORM2, DoubleCell.TYPE).createSpec());
        specs.add(new DataColumnSpecCreator(SpikeRows.ACTIVE, IntCell.TYPE).createSpec());
        for (Map.Entry<String, Boolean> e : extraColumns.entrySet()) {
            specs.add(new DataColumnSpecCreator(e.getKey(), e.getValue() ? IntCell.TYPE : DoubleCell.TYPE)
                    .createSpec());
        }
        int fixed = specs.size();
        for (int f = 0; f < cols.count(); f++) {
            DataColumnSpec in = input.getColumnSpec(cols.index(f));
            for (int i = 0; i < fixed; i++) {
                if (specs.get(i).getName().equals(in.getName())) {
                    throw new InvalidSettingsException("The spectral column '" + in.getName() + "' has the name of "
                            + "a column of the spikes table; rename it (for example with Column Renamer).");
                }
            }
            DataColumnSpecCreator c = new DataColumnSpecCreator(in.getName(), DoubleCell.TYPE);
            c.setProperties(in.getProperties());
            specs.add(c.createSpec());
        }
        return new DataTableSpec(specs.toArray(new DataColumnSpec[0]));
    }

    /** Writes {@code rows} under {@code spec} (from {@link #spec}); non-finite values become missing cells. */
    public static BufferedDataTable write(ExecutionContext exec, DataTableSpec spec, SpikeRows rows) {
        BufferedDataContainer out = exec.createDataContainer(spec);
        for (int k = 0; k < rows.count(); k++) {
            List<DataCell> cells = new ArrayList<>();
            for (Object v : rows.leadingValues(k)) {
                cells.add(v instanceof Integer ? new IntCell((Integer) v) : doubleCell((Double) v));
            }
            for (double v : rows.spectrum(k)) {
                cells.add(doubleCell(v));
            }
            out.addRowToTable(new DefaultRow("Spike " + (k + 1), cells));
        }
        out.close();
        return out.getTable();
    }

    /** A double cell, or a missing cell for NaN and infinities (table conventions). */
    public static DataCell doubleCell(double v) {
        return Double.isFinite(v) ? new DoubleCell(v) : DataType.getMissingCell();
    }
}
