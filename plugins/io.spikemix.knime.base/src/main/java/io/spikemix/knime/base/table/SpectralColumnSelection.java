package io.spikemix.knime.base.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.spikemix.engine.data.BandAxis;

/**
 * Picks the spectral columns of a pixel table and reads their band axis, following {@link TableConventions}.
 * Pure Java over {@link ColumnInfo}s so the conventions are unit-tested; {@link PixelTables} applies it to KNIME
 * specs. All methods take O(number of columns).
 */
public final class SpectralColumnSelection {

    private SpectralColumnSelection() {
    }

    /**
     * The spectral columns a column filter selected, in table order; the coordinate columns {@code x} and {@code y}
     * are skipped even when included.
     *
     * @param table        the table's columns, in order
     * @param included     names the filter included
     * @param settingLabel the filter's label, named in messages
     * @throws InvalidColumnsException when an included column is missing or not numeric, or none is left
     */
    public static SpectralColumns select(List<ColumnInfo> table, String[] included, String settingLabel)
            throws InvalidColumnsException {
        Map<String, Integer> index = index(table);
        List<String> names = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (String name : included) {
            if (TableConventions.isCoordinate(name)) {
                continue;
            }
            Integer i = index.get(name);
            if (i == null) {
                throw new InvalidColumnsException("Column '" + name + "' selected in '" + settingLabel
                        + "' is not in the input table. Reconfigure the node.");
            }
            requireNumeric(table.get(i));
            names.add(name);
            idx.add(i);
        }
        if (names.isEmpty()) {
            throw new InvalidColumnsException("No spectral columns: select at least one numeric column other than '"
                    + TableConventions.X + "' and '" + TableConventions.Y + "' in '" + settingLabel + "'.");
        }
        int[] indices = idx.stream().mapToInt(Integer::intValue).toArray();
        return new SpectralColumns(names, indices, axisOf(table, indices), coordinate(table, TableConventions.X),
                coordinate(table, TableConventions.Y));
    }

    /**
     * The columns a fitted model expects, looked up by name.
     *
     * @param names columns the model was fitted on, in band order
     * @param axis  the model's band axis (kept, not re-read from the table)
     * @param what  the owner of the columns, for the message (e.g. "the normalization model")
     * @throws InvalidColumnsException listing every missing column, or naming a non-numeric one
     */
    public static SpectralColumns require(List<ColumnInfo> table, List<String> names, BandAxis axis, String what)
            throws InvalidColumnsException {
        Map<String, Integer> index = index(table);
        List<String> missing = new ArrayList<>();
        int[] indices = new int[names.size()];
        for (int f = 0; f < names.size(); f++) {
            Integer i = index.get(names.get(f));
            if (i == null) {
                missing.add("'" + names.get(f) + "'");
            } else {
                indices[f] = i;
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidColumnsException("The input table lacks " + missing.size() + " of the " + names.size()
                    + " spectral columns of " + what + ": " + String.join(", ", missing)
                    + ". Use a table with the same band columns as the one the model was fitted on.");
        }
        for (int i : indices) {
            requireNumeric(table.get(i));
        }
        return new SpectralColumns(names, indices, axis, coordinate(table, TableConventions.X),
                coordinate(table, TableConventions.Y));
    }

    /**
     * The band axis of the given columns: from their band properties when all have a finite value and the same
     * unit, else from their names ({@link BandColumnNames#axisFromNames}), else band positions.
     */
    public static BandAxis axisOf(List<ColumnInfo> table, int[] indices) {
        double[] values = new double[indices.length];
        String unit = null;
        boolean fromProperties = indices.length > 0;
        List<String> names = new ArrayList<>();
        for (int f = 0; f < indices.length; f++) {
            ColumnInfo c = table.get(indices[f]);
            names.add(c.name());
            String v = c.property(TableConventions.BAND_VALUE);
            String u = c.property(TableConventions.BAND_UNIT);
            if (!fromProperties || v == null || u == null || (unit != null && !unit.equals(u))) {
                fromProperties = false;
                continue;
            }
            unit = u;
            try {
                values[f] = Double.parseDouble(v);
                fromProperties = Double.isFinite(values[f]);
            } catch (NumberFormatException e) {
                fromProperties = false;
            }
        }
        return fromProperties ? BandAxis.of(values, unit) : BandColumnNames.axisFromNames(names);
    }

    private static Map<String, Integer> index(List<ColumnInfo> table) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            index.put(table.get(i).name(), i);
        }
        return index;
    }

    private static void requireNumeric(ColumnInfo c) throws InvalidColumnsException {
        if (!c.isNumeric()) {
            throw new InvalidColumnsException("Column '" + c.name() + "' is not numeric; spectral columns must hold "
                    + "numbers.");
        }
    }

    /** Position of an integer coordinate column, or -1 when absent or not integer. */
    private static int coordinate(List<ColumnInfo> table, String name) {
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).name().equals(name)) {
                return table.get(i).isInteger() ? i : -1;
            }
        }
        return -1;
    }
}
