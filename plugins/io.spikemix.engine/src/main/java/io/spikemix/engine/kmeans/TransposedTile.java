package io.spikemix.engine.kmeans;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * A few consecutive pixels of a {@link SpectralMatrix} copied transposed into double precision: feature j of tile
 * pixel p is {@code feature(j)[p]}. One tile is allocated per worker and refilled for every block of pixels.
 *
 * <p>Why this layout: the hot kernels of k-means and of the Gaussian mixture E-step are sums over features computed
 * for many pixels at once. Written as an axpy over the tile's pixels, {@code out[p] += a · feature(j)[p]}, HotSpot's
 * C2 compiler (JDK 17) turns the loop into AVX2 vector instructions, but only when every array in the loop body is a
 * separate {@code double[]} indexed by the SAME loop variable p (the "same-index rule"): an offset into one flat
 * array ({@code flat[o + p]}) or a float → double conversion in the loop keeps it scalar, and a dot-product
 * reduction is never vectorised. Hence one {@code double[]} per feature and the conversion done once, here.
 *
 * <p>The capacity should keep d × capacity doubles well inside the L2 cache (64 pixels: 51 KB at d = 100, 431 KB at
 * d = 843). Complexity of {@link #load}: O(count · d).
 */
public final class TransposedTile {

    private final double[][] features;
    private int count;

    /**
     * @param d        number of features
     * @param capacity largest number of pixels held
     */
    public TransposedTile(int d, int capacity) {
        this.features = new double[d][capacity];
    }

    /** Copies rows {@code [from, from + count)} of {@code data}; count ≤ capacity. */
    public void load(SpectralMatrix data, int from, int count) {
        // four pixels per pass over the features: each feature row is touched a quarter as often
        int p = 0;
        for (; p + 3 < count; p += 4) {
            loadFour(data, p, from + p, from + p + 1, from + p + 2, from + p + 3);
        }
        for (; p < count; p++) {
            loadOne(data, p, from + p);
        }
        this.count = count;
    }

    /**
     * Copies the rows {@code rows[from]}, …, {@code rows[from + count − 1]} of {@code data} (any rows, in that
     * order) into tile pixels 0 … count − 1; count ≤ capacity.
     */
    public void load(SpectralMatrix data, int[] rows, int from, int count) {
        int p = 0;
        for (; p + 3 < count; p += 4) {
            loadFour(data, p, rows[from + p], rows[from + p + 1], rows[from + p + 2], rows[from + p + 3]);
        }
        for (; p < count; p++) {
            loadOne(data, p, rows[from + p]);
        }
        this.count = count;
    }

    /** Rows r0 … r3 into tile pixels p … p + 3. */
    private void loadFour(SpectralMatrix data, int p, int r0, int r1, int r2, int r3) {
        float[] b0 = data.blockOf(r0);
        float[] b1 = data.blockOf(r1);
        float[] b2 = data.blockOf(r2);
        float[] b3 = data.blockOf(r3);
        int o0 = data.offsetOf(r0);
        int o1 = data.offsetOf(r1);
        int o2 = data.offsetOf(r2);
        int o3 = data.offsetOf(r3);
        for (int j = 0; j < features.length; j++) {
            double[] f = features[j];
            f[p] = b0[o0 + j];
            f[p + 1] = b1[o1 + j];
            f[p + 2] = b2[o2 + j];
            f[p + 3] = b3[o3 + j];
        }
    }

    /** Row r into tile pixel p. */
    private void loadOne(SpectralMatrix data, int p, int r) {
        float[] blk = data.blockOf(r);
        int o = data.offsetOf(r);
        for (int j = 0; j < features.length; j++) {
            features[j][p] = blk[o + j];
        }
    }

    /** Values of feature j for the tile's pixels; entries at and beyond {@link #count()} are stale. */
    public double[] feature(int j) {
        return features[j];
    }

    /** Number of pixels loaded by the last {@link #load}. */
    public int count() {
        return count;
    }

    public int capacity() {
        return features[0].length;
    }

    public int features() {
        return features.length;
    }
}
