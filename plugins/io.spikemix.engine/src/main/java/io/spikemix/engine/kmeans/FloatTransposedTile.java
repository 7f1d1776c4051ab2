package io.spikemix.engine.kmeans;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Chosen pixels of a {@link SpectralMatrix} copied transposed and kept in single precision: feature j of tile pixel p
 * is {@code feature(j)[p]}, the stored float32 value itself (no conversion, hence no rounding).
 *
 * <p>The single-precision twin of {@link TransposedTile}, for the float32 ranking of {@link HamerlyAssignment}: C2
 * (JDK 17) vectorises a float axpy {@code out[p] += a · feature(j)[p]} eight lanes wide on AVX2 (a double one four
 * wide) under the same rule, every array in the loop a separate {@code float[]} indexed by the same loop variable
 * ({@link FloatCentroidProjections}). A tile of 64 pixels holds 25.6 KB at d = 100. Complexity of {@link #load}:
 * O(count · d).
 */
final class FloatTransposedTile {

    private final float[][] features;
    private final int[] padded = new int[8];
    private int count;

    /**
     * @param d        number of features
     * @param capacity largest number of pixels held (rounded up to a multiple of 8)
     */
    FloatTransposedTile(int d, int capacity) {
        this.features = new float[d][(capacity + 7) & ~7];
    }

    /**
     * Copies the rows {@code rows[from]}, …, {@code rows[from + count − 1]} of {@code data} (any rows, in that
     * order) into tile pixels 0 … count − 1; count ≤ capacity.
     */
    void load(SpectralMatrix data, int[] rows, int from, int count) {
        // eight pixels per pass over the features: each feature row is fetched an eighth as often and written 32
        // bytes at a time
        int p = 0;
        for (; p + 7 < count; p += 8) {
            loadEight(data, rows, from + p, p);
        }
        if (p < count) {
            // the last few rows, padded to eight by repeating the last one (pixel-at-a-time copies would write
            // each feature row once per pixel); the padding lies beyond count and is never read
            for (int q = 0; q < 8; q++) {
                padded[q] = rows[from + Math.min(p + q, count - 1)];
            }
            loadEight(data, padded, 0, p);
        }
        this.count = count;
    }

    /** Rows rows[at] … rows[at + 7] into tile pixels p … p + 7. */
    private void loadEight(SpectralMatrix data, int[] rows, int at, int p) {
        float[] b0 = data.blockOf(rows[at]);
        float[] b1 = data.blockOf(rows[at + 1]);
        float[] b2 = data.blockOf(rows[at + 2]);
        float[] b3 = data.blockOf(rows[at + 3]);
        float[] b4 = data.blockOf(rows[at + 4]);
        float[] b5 = data.blockOf(rows[at + 5]);
        float[] b6 = data.blockOf(rows[at + 6]);
        float[] b7 = data.blockOf(rows[at + 7]);
        int o0 = data.offsetOf(rows[at]);
        int o1 = data.offsetOf(rows[at + 1]);
        int o2 = data.offsetOf(rows[at + 2]);
        int o3 = data.offsetOf(rows[at + 3]);
        int o4 = data.offsetOf(rows[at + 4]);
        int o5 = data.offsetOf(rows[at + 5]);
        int o6 = data.offsetOf(rows[at + 6]);
        int o7 = data.offsetOf(rows[at + 7]);
        for (int j = 0; j < features.length; j++) {
            float[] f = features[j];
            f[p] = b0[o0 + j];
            f[p + 1] = b1[o1 + j];
            f[p + 2] = b2[o2 + j];
            f[p + 3] = b3[o3 + j];
            f[p + 4] = b4[o4 + j];
            f[p + 5] = b5[o5 + j];
            f[p + 6] = b6[o6 + j];
            f[p + 7] = b7[o7 + j];
        }
    }

    /** Values of feature j for the tile's pixels; entries at and beyond {@link #count()} are stale. */
    float[] feature(int j) {
        return features[j];
    }

    /** Number of pixels loaded by the last {@link #load}. */
    int count() {
        return count;
    }

    int features() {
        return features.length;
    }
}
