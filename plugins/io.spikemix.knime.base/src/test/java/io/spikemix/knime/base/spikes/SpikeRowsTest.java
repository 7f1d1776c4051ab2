package io.spikemix.knime.base.spikes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.base.table.SpectralColumns;

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

    @Test
    void theTableHasTheFixedColumnsTheExtraOnesThenOneDoubleColumnPerBandCarryingItsProperties()
            throws CoreInputException {
        SpectralColumns cols = new SpectralColumns(List.of("400 nm", "500 nm"), new int[] {3, 5},
                BandAxis.of(new double[] {400, 500}, "nm"), 0, 1);
        Map<String, Boolean> extra = new LinkedHashMap<>();
        extra.put("sigma2_gmm", false);
        extra.put("spectral_gap_ok", true);
        List<ColumnDef> defs = SpikeRows.columns(cols, extra);
        assertEquals(List.of("spike", "pi", "norm2", "active", "sigma2_gmm", "spectral_gap_ok", "400 nm", "500 nm"),
                defs.stream().map(ColumnDef::name).toList());
        assertEquals(CellKind.INT, defs.get(5).kind(), "a flag column holds 1/0");
        assertEquals(CellKind.DOUBLE, defs.get(4).kind());
        assertEquals(5, defs.get(7).source(), "the band column carries the properties of input column 5");
    }

    @Test
    void theTableHoldsOneRowPerSpikeKeyedSpikeK() throws CoreInputException {
        SpectralColumns cols = new SpectralColumns(List.of("a", "b"), new int[] {0, 1}, BandAxis.indices(2), -1, -1);
        SpikeRows rows = SpikeRows.of(new double[][] {{3, 4}, {0, 0}}, new double[] {0.75, 0.25},
                new boolean[] {true, false});
        NewTable t = rows.table(SpikeRows.columns(cols, rows.extraColumns()));
        assertEquals(List.of("Spike 1", "Spike 2"), t.keys());
        assertArrayEquals(new Object[] {1, 0.75, 25.0, 1, 3.0, 4.0}, t.row(0));
        assertArrayEquals(new Object[] {2, 0.25, 0.0, 0, 0.0, 0.0}, t.row(1));
    }

    @Test
    void aSpectralColumnNamedLikeASpikesColumnIsRefused() {
        SpectralColumns cols = new SpectralColumns(List.of("pi", "b"), new int[] {0, 1}, BandAxis.indices(2), -1, -1);
        CoreInputException e = assertThrows(CoreInputException.class, () -> SpikeRows.columns(cols, Map.of()));
        assertTrue(e.getMessage().contains("'pi'"), e.getMessage());
    }
}
