package io.spikemix.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** A row sample is m distinct rows, ascending, the same for the same seed, and uniform over the rows. */
class RowSampleTest {

    @Test
    void drawsDistinctAscendingRowsReproduciblyFromTheSeed() {
        int[] a = RowSample.indices(1000, 100, 7);
        assertEquals(100, a.length);
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i - 1] < a[i], "distinct and ascending");
        }
        assertTrue(a[0] >= 0 && a[99] < 1000);
        assertArrayEquals(a, RowSample.indices(1000, 100, 7));
        assertFalse(Arrays.equals(a, RowSample.indices(1000, 100, 8)));
        assertEquals(1000, RowSample.indices(1000, 1000, 7).length);
        assertThrows(IllegalArgumentException.class, () -> RowSample.indices(10, 11, 7));
    }

    @Test
    void everyRowIsEquallyLikelyToBeDrawn() {
        int n = 20;
        int[] count = new int[n];
        int draws = 4000;
        for (int s = 0; s < draws; s++) {
            for (int i : RowSample.indices(n, 5, s)) {
                count[i]++;
            }
        }
        double expected = draws * 5.0 / n;
        double chi2 = 0;
        for (int c : count) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi2 < 43.8, "chi-square " + chi2 + " above the 0.1 % quantile for 19 degrees of freedom");
    }

    @Test
    void copiesTheSampledRows() {
        SpectralMatrix m = SpectralMatrix.of(new float[][] { {1, 2}, {3, 4}, {5, 6} });
        SpectralMatrix s = RowSample.rows(m, new int[] {0, 2});
        assertEquals(2, s.rows());
        assertEquals(5f, s.get(1, 0));
        assertEquals(6f, s.get(1, 1));
    }
}
