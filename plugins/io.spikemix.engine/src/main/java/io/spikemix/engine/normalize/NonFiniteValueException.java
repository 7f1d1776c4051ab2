package io.spikemix.engine.normalize;

/**
 * Thrown under {@link NonFinitePolicy#REJECT} when a spectrum holds NaN or an infinite value. Callers that know
 * more about the row (a KNIME row key, a pixel position) can rephrase the message from {@link #row()},
 * {@link #column()} and {@link #value()}.
 */
public final class NonFiniteValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final int column;
    private final float value;

    public NonFiniteValueException(int row, int column, float value) {
        super("Row " + row + ", column " + column + " (both 0-based) holds " + value + "; normalization needs finite "
                + "values. Remove or impute such values, or choose to skip rows with non-finite values (they are then "
                + "left out of the statistics and written as NaN).");
        this.row = row;
        this.column = column;
        this.value = value;
    }

    /** The 0-based row of the first non-finite value. */
    public int row() {
        return row;
    }

    /** The 0-based column of the first non-finite value. */
    public int column() {
        return column;
    }

    /** The offending value: NaN or ±Infinity. */
    public float value() {
        return value;
    }
}
