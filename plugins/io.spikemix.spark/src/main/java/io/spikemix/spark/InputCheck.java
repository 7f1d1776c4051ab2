package io.spikemix.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One partition's share of the engine's {@code FitInput} checks: the first non-finite value (lowest row) and up to K
 * distinct pixel spectra, which the driver merges to tell whether the data hold K distinct pixels.
 */
final class InputCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    long badRow = -1;
    int badCol = -1;
    float badValue;
    final Set<Row> distinct = new LinkedHashSet<>();

    void add(PixelBlock b, int k) {
        var m = b.matrix();
        int d = b.cols();
        float[] y = new float[d];
        for (int i = 0; i < b.rows(); i++) {
            m.getRow(i, y);
            if (badRow < 0) {
                for (int j = 0; j < d; j++) {
                    if (!Float.isFinite(y[j])) {
                        badRow = b.firstRow() + (long) i;
                        badCol = j;
                        badValue = y[j];
                        break;
                    }
                }
            }
            if (distinct.size() < k) {
                distinct.add(new Row(y.clone()));
            }
        }
    }

    /** A pixel spectrum compared by value, as the engine's distinct-row count compares rows (−0 equals 0). */
    static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final float[] v;

        Row(float[] v) {
            for (int j = 0; j < v.length; j++) {
                v[j] += 0.0f; // −0 + 0 = +0, so that equal values have equal bits
            }
            this.v = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && Arrays.equals(v, r.v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(v);
        }
    }
}
