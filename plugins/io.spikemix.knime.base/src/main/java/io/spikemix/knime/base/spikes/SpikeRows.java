package io.spikemix.knime.base.spikes;

import io.spikemix.knime.base.table.ResultTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The content of a spikes table, shared by the SMM Learner and the GMM Spike Extractor so that both write one
 * schema: one row per spike with {@value #SPIKE} (1-based, the same number as the {@code cluster} column of the
 * pixel table), {@value #PI} (mixture weight), {@value #NORM2} (‖x‖², the squared Euclidean norm of the spike),
 * {@value #ACTIVE} (whether the spike is non-zero, i.e. in the model's active set), then method-specific columns,
 * then one value per spectral feature.
 *
 * <p>Pure Java so that row building is unit-tested without KNIME; {@link #columns} and {@link #table} give the
 * spikes table a node core outputs (CoreTables turns it into KNIME cells).
 * Flags are written as integers 1/0. Immutable; O(K·d) memory.
 */
public final class SpikeRows {

    /** Column of the 1-based spike number. */
    public static final String SPIKE = ResultTables.SPIKE;
    /** Column of the mixture weight π_k. */
    public static final String PI = ResultTables.PI;
    /** Column of ‖x_k‖². */
    public static final String NORM2 = ResultTables.NORM2;
    /** Column of the active flag (1 = non-zero spike, 0 = spike outside the active set). */
    public static final String ACTIVE = ResultTables.ACTIVE;

    private final double[][] spikes;
    private final double[] norm2;
    private final double[] pi;
    private final boolean[] active;
    private final Map<String, Object> extra;

    private SpikeRows(double[][] spikes, double[] norm2, double[] pi, boolean[] active, Map<String, Object> extra) {
        this.spikes = spikes;
        this.norm2 = norm2;
        this.pi = pi;
        this.active = active;
        this.extra = extra;
    }

    /**
     * Rows for K spikes.
     *
     * @param spikes K rows of d values, d ≥ 1, all rows the same length; copied
     * @param pi     K weights; copied
     * @param active K flags; copied
     * @throws IllegalArgumentException when the lengths disagree
     */
    public static SpikeRows of(double[][] spikes, double[] pi, boolean[] active) {
        int k = spikes.length;
        if (k == 0) {
            throw new IllegalArgumentException("A spikes table needs at least one spike.");
        }
        if (pi.length != k || active.length != k) {
            throw new IllegalArgumentException("Got " + k + " spikes but " + pi.length + " weights and "
                    + active.length + " active flags; expected one of each per spike.");
        }
        double[][] copy = new double[k][];
        for (int i = 0; i < k; i++) {
            if (spikes[i].length != spikes[0].length || spikes[i].length == 0) {
                throw new IllegalArgumentException("Spike " + (i + 1) + " has " + spikes[i].length
                        + " values; every spike needs the same number (" + spikes[0].length + ") of features.");
            }
            copy[i] = spikes[i].clone();
        }
        return new SpikeRows(copy, squaredNorms(copy), pi.clone(), active.clone(), new LinkedHashMap<>());
    }

    /**
     * These rows showing other values of the same spikes in the spectral columns, for example the spikes undone to
     * raw units; π, the flags, the extra columns and ‖x‖² (of the spikes given to {@link #of}) are kept.
     *
     * @param values K rows of d values, like the spikes; copied
     * @throws IllegalArgumentException when the shape differs from the spikes'
     */
    public SpikeRows showing(double[][] values) {
        if (values.length != spikes.length) {
            throw new IllegalArgumentException("Got " + values.length + " spectra to show for " + spikes.length
                    + " spikes; expected one per spike.");
        }
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != features()) {
                throw new IllegalArgumentException("Spectrum " + (i + 1) + " to show has " + values[i].length
                        + " values; the spikes have " + features() + " features.");
            }
            copy[i] = values[i].clone();
        }
        return new SpikeRows(copy, norm2, pi, active, extra);
    }

    /** These rows with one more double column (one value per spike), placed after the fixed columns. */
    public SpikeRows withDoubleColumn(String name, double[] values) {
        return with(name, values.clone(), values.length);
    }

    /** These rows with one more flag column (1/0 per spike), placed after the fixed columns. */
    public SpikeRows withFlagColumn(String name, boolean[] values) {
        return with(name, values.clone(), values.length);
    }

    private SpikeRows with(String name, Object values, int length) {
        if (length != spikes.length) {
            throw new IllegalArgumentException("Column '" + name + "' has " + length + " values; expected one per "
                    + "spike (" + spikes.length + ").");
        }
        if (fixedColumns().contains(name) || extra.containsKey(name)) {
            throw new IllegalArgumentException("Column '" + name + "' is already in the spikes table.");
        }
        Map<String, Object> more = new LinkedHashMap<>(extra);
        more.put(name, values);
        return new SpikeRows(spikes, norm2, pi, active, more);
    }

    /** The four columns every spikes table starts with. */
    public static List<String> fixedColumns() {
        return List.of(SPIKE, PI, NORM2, ACTIVE);
    }

    /**
     * The spikes table's columns: {@code spike}, {@code pi}, {@code norm2}, {@code active}, the extra columns (name →
     * flag column?), then one double column per spectral column, carrying its properties (so the band travels with
     * it, and Normalizer (Apply) can undo a normalization on the spikes).
     *
     * @throws CoreInputException when a spectral column has the name of a non-spectral spikes column
     */
    public static List<ColumnDef> columns(SpectralColumns cols, Map<String, Boolean> extraColumns)
            throws CoreInputException {
        List<ColumnDef> out = new ArrayList<>();
        out.add(ColumnDef.of(SPIKE, CellKind.INT));
        out.add(ColumnDef.of(PI, CellKind.DOUBLE));
        out.add(ColumnDef.of(NORM2, CellKind.DOUBLE));
        out.add(ColumnDef.of(ACTIVE, CellKind.INT));
        for (Map.Entry<String, Boolean> e : extraColumns.entrySet()) {
            out.add(ColumnDef.of(e.getKey(), e.getValue() ? CellKind.INT : CellKind.DOUBLE));
        }
        int fixed = out.size();
        for (int f = 0; f < cols.count(); f++) {
            String name = cols.names().get(f);
            for (int i = 0; i < fixed; i++) {
                if (out.get(i).name().equals(name)) {
                    throw new CoreInputException("The spectral column '" + name + "' has the name of a column of the "
                            + "spikes table; rename it (for example with Column Renamer).");
                }
            }
            out.add(new ColumnDef(name, CellKind.DOUBLE, cols.index(f)));
        }
        return out;
    }

    /** These rows as a table with {@code columns} (from {@link #columns}), rows keyed "Spike 1", "Spike 2", … */
    public NewTable table(List<ColumnDef> columns) {
        NewTable t = new NewTable(columns);
        for (int k = 0; k < count(); k++) {
            List<Object> v = new ArrayList<>(leadingValues(k));
            for (double x : spectrum(k)) {
                v.add(x);
            }
            t.add("Spike " + (k + 1), v.toArray());
        }
        return t;
    }

    /** Number of spikes K (rows). */
    public int count() {
        return spikes.length;
    }

    /** Number of spectral features d. */
    public int features() {
        return spikes[0].length;
    }

    /** The method-specific columns, in order, with whether each is a flag column (true) or a double (false). */
    public Map<String, Boolean> extraColumns() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        extra.forEach((name, v) -> out.put(name, v instanceof boolean[]));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The non-spectral values of row {@code k} (0-based), in column order: Integer spike id (k + 1), Double π,
     * Double ‖x‖², Integer active (1/0), then each extra column (Double, or Integer 1/0 for flags).
     */
    public List<Object> leadingValues(int k) {
        List<Object> v = new ArrayList<>();
        v.add(k + 1);
        v.add(pi[k]);
        v.add(norm2(k));
        v.add(active[k] ? 1 : 0);
        for (Object column : extra.values()) {
            if (column instanceof boolean[]) {
                v.add(((boolean[]) column)[k] ? 1 : 0);
            } else {
                v.add(((double[]) column)[k]);
            }
        }
        return v;
    }

    /** The spectral values shown for spike {@code k} (0-based): the spike, or what {@link #showing} gave; a copy. */
    public double[] spectrum(int k) {
        return spikes[k].clone();
    }

    /** ‖x_k‖² = Σ_j x_kj² of the spike given to {@link #of} (not of values shown with {@link #showing}). */
    public double norm2(int k) {
        return norm2[k];
    }

    private static double[] squaredNorms(double[][] spikes) {
        double[] out = new double[spikes.length];
        for (int k = 0; k < spikes.length; k++) {
            double s = 0;
            for (double v : spikes[k]) {
                s += v * v;
            }
            out[k] = s;
        }
        return out;
    }
}
