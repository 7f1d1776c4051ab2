package io.spikemix.knime.base.config;

/**
 * Saving K×d matrices (spikes, means) as one row-major double array with the row count next to it, since configs
 * hold only flat arrays.
 */
public final class Matrices {

    private Matrices() {
    }

    /** Writes {@code m} (rows of equal length) under {@code key} and its row count under {@code key + "Rows"}. */
    public static void put(ConfigSink out, String key, double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] flat = new double[m.length * cols];
        for (int r = 0; r < m.length; r++) {
            if (m[r].length != cols) {
                throw new IllegalArgumentException("Row " + r + " of '" + key + "' has " + m[r].length
                        + " values, expected " + cols + ".");
            }
            System.arraycopy(m[r], 0, flat, r * cols, cols);
        }
        out.putInt(key + "Rows", m.length);
        out.putDoubleArray(key, flat);
    }

    /** Reads what {@link #put} wrote, checking the size is {@code rows × cols}. */
    public static double[][] get(ConfigSource in, String key, int rows, int cols) throws ConfigException {
        int saved = in.getInt(key + "Rows");
        double[] flat = in.getDoubleArray(key);
        if (saved != rows || flat == null || flat.length != (long) rows * cols) {
            throw new ConfigException("The saved '" + key + "' should be " + rows + " x " + cols + " values but has "
                    + saved + " rows and " + (flat == null ? 0 : flat.length) + " values.");
        }
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, m[r], 0, cols);
        }
        return m;
    }
}
