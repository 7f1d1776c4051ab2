package io.spikemix.knime.base.spikes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SpikeRowsTest {

    private static final double[][] SPIKES = {{3, 4, 0}, {0, 0, 0}, {1, -2, 2}};

    @Test
    void rowsStartWithOneBasedIdWeightSquaredNormAndActiveFlag() {
        SpikeRows rows = SpikeRows.of(SPIKES, new double[] {0.5, 0.2, 0.3}, new boolean[] {true, false, true});
        assertEquals(3, rows.count());
        assertEquals(3, rows.features());
        // ‖(3, 4, 0)‖² = 25, ‖0‖² = 0, ‖(1, -2, 2)‖² = 9
        assertEquals(List.of(1, 0.5, 25.0, 1), rows.leadingValues(0));
        assertEquals(List.of(2, 0.2, 0.0, 0), rows.leadingValues(1));
        assertEquals(List.of(3, 0.3, 9.0, 1), rows.leadingValues(2));
        assertArrayEquals(SPIKES[2], rows.spectrum(2), 0.0);
    }

    @Test
    void extraColumnsFollowTheFixedOnesInTheOrderAdded() {
        SpikeRows rows = SpikeRows.of(SPIKES, new double[] {0.5, 0.2, 0.3}, new boolean[] {true, false, true})
                .withDoubleColumn("sigma2_gmm", new double[] {0.1, 0.1, 0.1})
                .withFlagColumn("spectral_gap_ok", new boolean[] {true, false, true});
        assertEquals(Map.of("sigma2_gmm", false, "spectral_gap_ok", true), rows.extraColumns());
        assertEquals(List.of("sigma2_gmm", "spectral_gap_ok"), List.copyOf(rows.extraColumns().keySet()));
        assertEquals(List.of(2, 0.2, 0.0, 0, 0.1, 0), rows.leadingValues(1));
    }

    @Test
    void showingOtherValuesKeepsWeightsFlagsExtraColumnsAndTheFittedSquaredNorm() {
        double[][] shown = {{30, 40, 5}, {7, 7, 7}, {0.5, 0.5, 0.5}};
        SpikeRows rows = SpikeRows.of(SPIKES, new double[] {0.5, 0.2, 0.3}, new boolean[] {true, false, true})
                .withDoubleColumn("extra", new double[] {1, 2, 3}).showing(shown);
        shown[0][0] = 99;
        assertArrayEquals(new double[] {30, 40, 5}, rows.spectrum(0), 0.0);
        assertArrayEquals(new double[] {7, 7, 7}, rows.spectrum(1), 0.0);
        // ‖x‖² stays that of the spikes given to of: 25, 0, 9 (not 2525, 147, 0.75 of the shown values)
        assertEquals(List.of(1, 0.5, 25.0, 1, 1.0), rows.leadingValues(0));
        assertEquals(List.of(2, 0.2, 0.0, 0, 2.0), rows.leadingValues(1));
        assertEquals(9.0, rows.norm2(2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> rows.showing(new double[2][3])).getMessage()
                .contains("2 spectra to show for 3 spikes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> rows.showing(new double[3][2])).getMessage()
                .contains("has 2 values; the spikes have 3 features"));
    }

    @Test
    void rowsAreCopiesOfTheInput() {
        double[][] spikes = {{1, 2}};
        SpikeRows rows = SpikeRows.of(spikes, new double[] {1}, new boolean[] {true});
        spikes[0][0] = 99;
        assertEquals(1.0, rows.spectrum(0)[0]);
        rows.spectrum(0)[1] = 99;
        assertEquals(2.0, rows.spectrum(0)[1]);
    }

    @Test
    void mismatchedLengthsAreRejectedWithCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpikeRows.of(SPIKES, new double[] {1}, new boolean[3]));
        assertTrue(e.getMessage().contains("3 spikes but 1 weights"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SpikeRows.of(new double[][] {{1, 2}, {1}}, new double[2], new boolean[2]));
        assertTrue(e.getMessage().contains("Spike 2 has 1 values"), e.getMessage());
        SpikeRows rows = SpikeRows.of(SPIKES, new double[3], new boolean[3]);
        e = assertThrows(IllegalArgumentException.class, () -> rows.withDoubleColumn("x", new double[2]));
        assertTrue(e.getMessage().contains("'x' has 2 values"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> rows.withDoubleColumn(SpikeRows.PI, new double[3]));
        assertTrue(e.getMessage().contains("already"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpikeRows.of(new double[0][], new double[0],
                new boolean[0]));
    }
}
