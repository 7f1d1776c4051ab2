package io.spikemix.knime.base.table;

/**
 * The names every SpikeMix node uses for pixel tables (see {@code docs/table-conventions.md}).
 *
 * <p>A pixel table has one row per pixel: integer coordinate columns {@value #X} and {@value #Y} (0-based, x to
 * the right, y down, so pixel index = y × width + x), one double column per band, and any other columns, which
 * nodes pass through. Each band column carries its band in its column properties under {@value #BAND_VALUE},
 * {@value #BAND_UNIT} and {@value #BAND_INDEX}.
 */
public final class TableConventions {

    /** Column of the 0-based pixel column index (IntCell). */
    public static final String X = "x";
    /** Column of the 0-based pixel row index (IntCell). */
    public static final String Y = "y";
    /** Column property: the band centre as a decimal number ({@code Double.toString}). */
    public static final String BAND_VALUE = "spikemix.band.value";
    /** Column property: the band unit ("nm", "m/z", "index", …). */
    public static final String BAND_UNIT = "spikemix.band.unit";
    /** Column property: the 0-based position of the band in the axis of the source cube. */
    public static final String BAND_INDEX = "spikemix.band.index";
    /** Column of hard cluster labels (IntCell, 1-based; 0 is never used, missing means "not assigned"). */
    public static final String CLUSTER = "cluster";
    /** Prefix of responsibility columns: {@code p(<component id>)}, e.g. "p(1)", "p(spike 2)". */
    public static final String RESPONSIBILITY_PREFIX = "p(";

    private TableConventions() {
    }

    /** Name of the responsibility column of component {@code id}, e.g. {@code p(3)}. */
    public static String responsibilityColumn(String id) {
        return RESPONSIBILITY_PREFIX + id + ")";
    }

    /** Whether {@code name} is one of the reserved coordinate columns, which are never spectral. */
    public static boolean isCoordinate(String name) {
        return X.equals(name) || Y.equals(name);
    }
}
