package io.spikemix.knime.base.table;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnProperties;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.NewTable;

/**
 * The one translation between node cores' plain tables ({@link io.spikemix.knime.base.core}) and KNIME's: column
 * definitions to column specs (copying the band properties of the input column a definition names), values to
 * cells. Configure and execute of every node go through it, so the spec configure announces is the spec of the
 * table execute writes whenever the core's definitions agree, which the cores' tests check.
 */
public final class CoreTables {

    private CoreTables() {
    }

    /** The KNIME spec of {@code defs}; a definition's {@code source} indexes a column of {@code input}. */
    public static DataTableSpec spec(List<ColumnDef> defs, DataTableSpec input) {
        return new DataTableSpec(specs(defs, input));
    }

    /** The column specs of {@code defs}. */
    public static DataColumnSpec[] specs(List<ColumnDef> defs, DataTableSpec input) {
        DataColumnSpec[] out = new DataColumnSpec[defs.size()];
        for (int i = 0; i < out.length; i++) {
            ColumnDef d = defs.get(i);
            DataColumnSpecCreator c = new DataColumnSpecCreator(d.name(), type(d.kind()));
            if (d.source() >= 0) {
                c.setProperties(input.getColumnSpec(d.source()).getProperties());
            } else if (!d.properties().isEmpty()) {
                c.setProperties(new DataColumnProperties(d.properties()));
            }
            out[i] = c.createSpec();
        }
        return out;
    }

    /** The rearranger appending {@code columns} to a table of {@code spec} (names made unique as KNIME does). */
    public static ColumnRearranger append(DataTableSpec spec, List<ColumnDef> columns, Appended values) {
        return PixelTables.append(spec, specs(columns, spec), rowIndex -> cells(values.row(Math.toIntExact(rowIndex))));
    }

    /** The output spec of appending {@code columns} to a table of {@code spec}. */
    public static DataTableSpec appendedSpec(DataTableSpec spec, List<ColumnDef> columns) {
        return PixelTables.append(spec, specs(columns, spec), rowIndex -> {
            throw new IllegalStateException("spec only");
        }).createSpec();
    }

    /** Writes a core's new table. */
    public static BufferedDataTable write(NewTable table, DataTableSpec input, ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(spec(table.columns(), input));
        for (int r = 0; r < table.size(); r++) {
            out.addRowToTable(new DefaultRow(table.key(r), cells(table.row(r))));
        }
        out.close();
        return out.getTable();
    }

    /** One cell per value: Integer → IntCell, Long → LongCell, Double → DoubleCell (non-finite: missing), String → StringCell. */
    public static DataCell[] cells(Object[] values) {
        DataCell[] out = new DataCell[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = cell(values[i]);
        }
        return out;
    }

    /** A double cell, or a missing cell for NaN and infinities (table conventions). */
    public static DataCell doubleCell(double v) {
        return cell(v);
    }

    static DataCell cell(Object v) {
        if (v instanceof Integer i) {
            return new IntCell(i);
        }
        if (v instanceof Long l) {
            return new LongCell(l);
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? new DoubleCell(d) : DataType.getMissingCell();
        }
        if (v instanceof String s) {
            return new StringCell(s);
        }
        return DataType.getMissingCell();
    }

    private static DataType type(CellKind kind) {
        return switch (kind) {
            case INT -> IntCell.TYPE;
            case LONG -> LongCell.TYPE;
            case DOUBLE -> DoubleCell.TYPE;
            case STRING -> StringCell.TYPE;
        };
    }
}
