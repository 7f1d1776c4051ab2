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
    private int count;

    /**
     * @param d        number of features
     * @param capacity largest number of pixels held
     */
    FloatTransposedTile(int d, int capacity) {
        this.features = new float[d][capacity];
    }

    /**
     * Copies the rows {@code rows[from]}, …, {@code rows[from + count − 1]} of {@code data} (any rows, in that
     * order) into tile pixels 0 … count − 1; count ≤ capacity.
     */
    void load(SpectralMatrix data, int[] rows, int from, int count) {
        // four pixels per pass over the features: each feature row is touched a quarter as often
        int p = 0;
        for (; p + 3 < count; p += 4) {
            int r0 = rows[from + p];
            int r1 = rows[from + p + 1];
            int r2 = rows[from + p + 2];
            int r3 = rows[from + p + 3];
            float[] b0 = data.blockOf(r0);
            float[] b1 = data.blockOf(r1);
            float[] b2 = data.blockOf(r2);
            float[] b3 = data.blockOf(r3);
            int o0 = data.offsetOf(r0);
            int o1 = data.offsetOf(r1);
            int o2 = data.offsetOf(r2);
            int o3 = data.offsetOf(r3);
            for (int j = 0; j < features.length; j++) {
                float[] f = features[j];
                f[p] = b0[o0 + j];
                f[p + 1] = b1[o1 + j];
                f[p + 2] = b2[o2 + j];
                f[p + 3] = b3[o3 + j];
            }
        }
        for (; p < count; p++) {
            int r = rows[from + p];
            float[] blk = data.blockOf(r);
            int o = data.offsetOf(r);
            for (int j = 0; j < features.length; j++) {
                features[j][p] = blk[o + j];
            }
        }
        this.count = count;
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
