package io.spikemix.knime.base.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnProperties;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.CellFactory;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.spatial.Neighbourhood;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.core.PixelTableShape;

/**
 * Conversion between KNIME pixel tables and engine data, following {@link TableConventions}.
 *
 * <p>Spec side ({@code configure}): which columns are spectral, the band axis they carry, the output spec. Data
 * side ({@code execute}): rows to an engine {@link SpectralMatrix} (float32; missing cells become NaN, i.e.
 * non-finite, for the engine to reject or skip), coordinates to a {@link PixelLayout}, engine results back into
 * the table through a {@link ColumnRearranger} so that all other columns pass through untouched.
 */
public final class PixelTables {

    /** Rows between two cancellation checks while reading a table. */
    private static final int CHECK_EVERY = 1024;

    private PixelTables() {
    }

    /**
     * The spectral columns a column filter selected ({@link SpectralColumnSelection#select}).
     *
     * @param included     column names from the filter, in table order
     * @param settingLabel the filter's label, named in error messages
     * @throws InvalidSettingsException when a selected column is missing or not numeric, or none is left
     */
    public static SpectralColumns spectralColumns(DataTableSpec spec, String[] included, String settingLabel)
            throws InvalidSettingsException {
        try {
            return SpectralColumnSelection.select(columns(spec), included, settingLabel);
        } catch (InvalidColumnsException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /**
     * The spectral columns a fitted model expects, looked up by name ({@link SpectralColumnSelection#require}).
     *
     * @param names columns the model was fitted on, in band order
     * @param axis  the model's band axis
     * @param what  what the columns belong to, for the message (e.g. "the normalization model")
     * @throws InvalidSettingsException listing every missing column, or naming a non-numeric one
     */
    public static SpectralColumns requireColumns(DataTableSpec spec, List<String> names, BandAxis axis, String what)
            throws InvalidSettingsException {
        try {
            return SpectralColumnSelection.require(columns(spec), names, axis, what);
        } catch (InvalidColumnsException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** The band axis of the given columns ({@link SpectralColumnSelection#axisOf}). */
    public static BandAxis axisOf(DataTableSpec spec, int[] indices) {
        return SpectralColumnSelection.axisOf(columns(spec), indices);
    }

    /** What the spectral-column logic reads of a KNIME spec: names, number types and band properties. */
    public static List<ColumnInfo> columns(DataTableSpec spec) {
        List<ColumnInfo> out = new ArrayList<>(spec.getNumColumns());
        for (int i = 0; i < spec.getNumColumns(); i++) {
            DataColumnSpec c = spec.getColumnSpec(i);
            DataColumnProperties p = c.getProperties();
            Map<String, String> band = new HashMap<>();
            for (String key : List.of(TableConventions.BAND_VALUE, TableConventions.BAND_UNIT,
                    TableConventions.BAND_INDEX)) {
                String v = p.getProperty(key);
                if (v != null) {
                    band.put(key, v);
                }
            }
            out.add(new ColumnInfo(c.getName(), c.getType().isCompatible(DoubleValue.class),
                    c.getType().isCompatible(IntValue.class), band));
        }
        return out;
    }

    /** The spec of a band column: a double column named after its band, with the band in its properties. */
    public static DataColumnSpec bandColumn(String name, double value, String unit, int index) {
        Map<String, String> p = new HashMap<>();
        p.put(TableConventions.BAND_VALUE, Double.toString(value));
        p.put(TableConventions.BAND_UNIT, unit);
        p.put(TableConventions.BAND_INDEX, Integer.toString(index));
        DataColumnSpecCreator c = new DataColumnSpecCreator(name, DoubleCell.TYPE);
        c.setProperties(new DataColumnProperties(p));
        return c.createSpec();
    }

    /** The spec of a pixel table: {@code x}, {@code y}, then one band column per band of {@code axis}. */
    public static DataTableSpec pixelTableSpec(BandAxis axis) {
        return CoreTables.spec(PixelTableShape.columns(axis), null);
    }

    /**
     * Reads the spectral columns of all rows into a matrix, in table row order. Missing cells become NaN.
     *
     * @throws IllegalArgumentException when the table has more than {@code Integer.MAX_VALUE} rows
     */
    public static SpectralMatrix readSpectra(BufferedDataTable table, SpectralColumns cols, ExecutionMonitor exec)
            throws CanceledExecutionException {
        int n = rowCount(table);
        SpectralMatrix m = SpectralMatrix.allocate(n, cols.count());
        int[] idx = cols.indices();
        float[] buf = new float[idx.length];
        int r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                for (int f = 0; f < idx.length; f++) {
                    DataCell c = row.getCell(idx[f]);
                    buf[f] = c.isMissing() ? Float.NaN : (float) ((DoubleValue) c).getDoubleValue();
                }
                m.setRow(r++, buf);
                if (r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    final int done = r;
                    exec.setProgress((double) done / n, () -> "Read " + done + " of " + n + " rows");
                }
            }
        }
        return m;
    }

    /** The table as a node core sees it: the spectral columns' values and, for messages, row keys. */
    public static PixelData pixelData(BufferedDataTable table, SpectralColumns cols, ExecutionMonitor exec)
            throws CanceledExecutionException {
        return new PixelData(cols, readSpectra(table, cols, exec), i -> rowKeyAt(table, i));
    }

    /**
     * Reads the spectra a model is fitted to, taking the first 10 % of {@code exec}'s progress: refuses a table with
     * fewer than {@code k} rows before reading it and non-finite values after, naming row and column.
     *
     * @param clusters what K counts, in the plural ("spikes", "components", "clusters"), for the message
     * @param kLabel the dialog label of the K setting
     * @throws IllegalArgumentException when the table has fewer than {@code k} rows or a non-finite value
     */
    public static SpectralMatrix readTrainingSpectra(BufferedDataTable table, SpectralColumns cols, int k,
            String clusters, String kLabel, ExecutionMonitor exec) throws CanceledExecutionException {
        if (table.size() < k) {
            throw new IllegalArgumentException("The input table has " + table.size() + " rows, fewer than the "
                    + k + " " + clusters + " asked for in '" + kLabel + "'.");
        }
        SpectralMatrix data = readSpectra(table, cols, exec.createSubProgress(0.1));
        NonFiniteCells.require(table, cols, data);
        return data;
    }

    /**
     * Reads the {@code x}, {@code y} columns into a layout.
     *
     * @throws IllegalArgumentException naming the row when a coordinate is missing, negative or repeated
     */
    public static PixelLayout readLayout(BufferedDataTable table, SpectralColumns cols, ExecutionMonitor exec)
            throws CanceledExecutionException {
        int[][] xy = readCoordinates(table, cols, exec);
        return PixelLayout.of(xy[0], xy[1]);
    }

    /**
     * The neighbour lists of spatially regularised EM (docs/method.md §8) over the table's rows, in table order,
     * from the {@code x}, {@code y} columns.
     *
     * @throws IllegalArgumentException when the table has no coordinates, or one is missing, negative or repeated
     */
    public static SpatialGrid readGrid(BufferedDataTable table, SpectralColumns cols, Neighbourhood neighbourhood,
            ExecutionMonitor exec) throws CanceledExecutionException {
        int[][] xy = readCoordinates(table, cols, exec);
        return SpatialGrid.fromCoordinates(xy[0], xy[1], neighbourhood);
    }

    /** The x and y column of every row, in table order. */
    private static int[][] readCoordinates(BufferedDataTable table, SpectralColumns cols, ExecutionMonitor exec)
            throws CanceledExecutionException {
        if (!cols.hasCoordinates()) {
            throw new IllegalArgumentException("The table has no '" + TableConventions.X + "' and '"
                    + TableConventions.Y + "' integer columns, so its rows do not form an image.");
        }
        int n = rowCount(table);
        int[] x = new int[n];
        int[] y = new int[n];
        int r = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                DataCell cx = row.getCell(cols.xIndex());
                DataCell cy = row.getCell(cols.yIndex());
                if (cx.isMissing() || cy.isMissing()) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' has a missing pixel coordinate.");
                }
                x[r] = ((IntValue) cx).getIntValue();
                y[r] = ((IntValue) cy).getIntValue();
                r++;
                if (r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
            }
        }
        return new int[][] {x, y};
    }

    /**
     * Replaces the spectral columns by the rows of {@code values} (same row order as the table). Non-finite
     * values become missing cells. The replaced columns keep their names and band properties; their domain is
     * dropped because the values changed.
     *
     * @param values the new spectra, or null to only compute the output spec (during configure)
     */
    public static ColumnRearranger replaceSpectra(DataTableSpec spec, SpectralColumns cols, SpectralMatrix values) {
        DataColumnSpec[] out = new DataColumnSpec[cols.count()];
        for (int f = 0; f < out.length; f++) {
            DataColumnSpec in = spec.getColumnSpec(cols.index(f));
            DataColumnSpecCreator c = new DataColumnSpecCreator(in.getName(), DoubleCell.TYPE);
            c.setProperties(in.getProperties());
            out[f] = c.createSpec();
        }
        ColumnRearranger r = new ColumnRearranger(spec);
        r.replace(rowIndexed(out, rowIndex -> {
            if (values == null) {
                throw new IllegalStateException("replaceSpectra was built for the spec only");
            }
            DataCell[] cells = new DataCell[out.length];
            int row = Math.toIntExact(rowIndex);
            for (int f = 0; f < cells.length; f++) {
                double v = values.get(row, f);
                cells[f] = Double.isFinite(v) ? new DoubleCell(v) : DataType.getMissingCell();
            }
            return cells;
        }), cols.indices());
        return r;
    }

    /**
     * Appends result columns computed per table row (labels, responsibilities). A column whose name is already
     * taken gets the next free name ({@code DataTableSpec.getUniqueColumnName}), so inputs are never overwritten.
     *
     * @param columns the new columns, in order
     * @param cells   for a 0-based table row index, one cell per new column
     */
    public static ColumnRearranger append(DataTableSpec spec, DataColumnSpec[] columns,
            LongFunction<DataCell[]> cells) {
        DataColumnSpec[] unique = new DataColumnSpec[columns.length];
        List<DataColumnSpec> sofar = new ArrayList<>();
        spec.forEach(sofar::add);
        for (int i = 0; i < columns.length; i++) {
            String name = DataTableSpec.getUniqueColumnName(new DataTableSpec(sofar.toArray(new DataColumnSpec[0])),
                    columns[i].getName());
            DataColumnSpecCreator c = new DataColumnSpecCreator(columns[i]);
            c.setName(name);
            unique[i] = c.createSpec();
            sofar.add(unique[i]);
        }
        ColumnRearranger r = new ColumnRearranger(spec);
        r.append(rowIndexed(unique, cells));
        return r;
    }

    /**
     * A cell factory whose cells depend only on the row's position in the table (results computed by the engine
     * for row {@code rowIndex}).
     */
    public static CellFactory rowIndexed(DataColumnSpec[] specs, LongFunction<DataCell[]> cells) {
        return new AbstractCellFactory(specs) {
            @Override
            public DataCell[] getCells(DataRow row, long rowIndex) {
                return cells.apply(rowIndex);
            }
        };
    }

    /** The key of the row at 0-based position {@code index}, for messages; "#index" if the table is shorter. */
    public static String rowKeyAt(BufferedDataTable table, long index) {
        long i = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                if (i++ == index) {
                    return row.getKey().getString();
                }
            }
        }
        return "#" + index;
    }

    private static int rowCount(BufferedDataTable table) {
        long n = table.size();
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The table has " + n + " rows; at most " + Integer.MAX_VALUE
                    + " pixels are supported.");
        }
        return (int) n;
    }
}
