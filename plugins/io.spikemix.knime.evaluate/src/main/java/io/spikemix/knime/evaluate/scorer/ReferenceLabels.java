package io.spikemix.knime.evaluate.scorer;

import java.util.HashMap;
import java.util.Map;

/**
 * Reference labels looked up by pixel coordinates, for a reference given as its own table (x, y, label) — for
 * example a ground-truth label image read by the Spectral Cube Reader — instead of as a column of the labelled
 * pixels. A pixel without a reference row is unlabelled, like a missing cell. Pure Java.
 *
 * <p>Memory: one hash entry per reference pixel (about 80 bytes), which is small next to the pixel tables KNIME
 * holds for the same image.
 */
public final class ReferenceLabels {

    private final Map<Long, Integer> labels = new HashMap<>();
    private final String table;

    /** @param table the reference table's name in messages */
    public ReferenceLabels(String table) {
        this.table = table;
    }

    /**
     * Adds the label of pixel (x, y).
     *
     * @param row the row number in the reference table, for messages
     * @throws IllegalArgumentException when (x, y) already has a label
     */
    public void put(int x, int y, int label, long row) {
        Integer previous = labels.putIfAbsent(key(x, y), label);
        if (previous != null) {
            throw new IllegalArgumentException("The " + table + " has two rows for pixel (x = " + x + ", y = " + y
                    + ") (the second is row " + row + "); expected at most one reference label per pixel.");
        }
    }

    /** The label of pixel (x, y), or {@link ScoreReport#MISSING_REFERENCE} when the reference has none. */
    public int labelAt(int x, int y) {
        Integer label = labels.get(key(x, y));
        return label == null ? ScoreReport.MISSING_REFERENCE : label;
    }

    /** Number of labelled pixels. */
    public int size() {
        return labels.size();
    }

    /**
     * A label from a numeric cell value: label columns may be integer columns or double columns holding whole
     * numbers (a label image read as a cube has double columns).
     *
     * @param column the column name, for messages
     * @param row    the row number, for messages
     * @throws IllegalArgumentException when the value is not a whole number in the int range
     */
    public static int wholeLabel(double value, String column, long row) {
        if (!Double.isFinite(value) || value != Math.rint(value) || value < Integer.MIN_VALUE
                || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Row " + row + " of column '" + column + "' holds " + value
                    + "; a label must be a whole number (an integer class id).");
        }
        return (int) value;
    }

    private static Long key(int x, int y) {
        return ((long) y << 32) | (x & 0xffffffffL);
    }
}
