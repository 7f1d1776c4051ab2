package io.spikemix.knime.base.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.base.table.TableConventions;

/**
 * The plain types node cores exchange check what a core writes against what it declared, so a core cannot produce
 * a table that differs from the spec its configure announced; pixel data refuse what no model can be fitted to.
 */
class CoreTypesTest {

    private static final SpectralColumns COLS = new SpectralColumns(List.of("a", "b"), new int[] {0, 1},
            BandAxis.indices(2), -1, -1);

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource({ "INT, 1, true", "INT, 1.0, false", "LONG, 1L, true", "LONG, 1, false", "DOUBLE, 1.0, true",
        "DOUBLE, x, false", "STRING, x, true", "STRING, 1, false" })
    void aKindAdmitsOnlyItsValueClassAndMissing(CellKind kind, String value, boolean admitted) {
        Object v = switch (value) {
            case "1" -> Integer.valueOf(1);
            case "1L" -> Long.valueOf(1);
            case "1.0" -> Double.valueOf(1);
            default -> value;
        };
        assertEquals(admitted, kind.admits(v));
        assertTrue(kind.admits(null), "null is a missing cell of any kind");
    }

    @Test
    void aNewTableRefusesRowsThatDoNotFitItsColumns() {
        NewTable t = new NewTable(List.of(ColumnDef.of("n", CellKind.INT), ColumnDef.of("v", CellKind.DOUBLE)));
        t.add("r0", 1, 0.5).add("r1", null, Double.NaN);
        assertEquals(2, t.size());
        assertEquals(List.of("r0", "r1"), t.keys());
        assertThrows(IllegalStateException.class, () -> t.add("r2", 1));
        assertThrows(IllegalStateException.class, () -> t.add("r2", 1.0, 0.5));
        Object[] row = t.row(0);
        row[0] = 99;
        assertEquals(1, t.value(0, 0), "rows are copies");
    }

    @Test
    void appendedRowsAreCheckedAgainstTheirColumns() {
        Appended good = new Appended(List.of(ColumnDef.of("cluster", CellKind.INT)), 2, r -> new Object[] {r + 1});
        assertArrayEquals(new Object[] {2}, good.row(1));
        Appended wrongKind = new Appended(List.of(ColumnDef.of("cluster", CellKind.INT)), 1,
                r -> new Object[] {"one"});
        assertThrows(IllegalStateException.class, () -> wrongKind.row(0));
        Appended wrongCount = new Appended(List.of(ColumnDef.of("cluster", CellKind.INT)), 1,
                r -> new Object[] {1, 2});
        assertThrows(IllegalStateException.class, () -> wrongCount.row(0));
    }

    @Test
    void pixelDataRefuseFewerRowsThanKAndNonFiniteValuesNamingRowAndColumn() throws CoreInputException {
        SpectralMatrix m = SpectralMatrix.of(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}, {5, 6}});
        PixelData p = new PixelData(COLS, m, i -> "pixel " + i);
        String k = assertThrows(CoreInputException.class, () -> p.training(4, "spikes", "Number of spikes"))
                .getMessage();
        assertTrue(k.contains("3 rows") && k.contains("4 spikes") && k.contains("'Number of spikes'"), k);
        String inf = assertThrows(CoreInputException.class, p::finite).getMessage();
        assertTrue(inf.contains("'pixel 1'") && inf.contains("'b'") && inf.contains("Infinity"), inf);
        m.set(1, 1, 4f);
        assertSame(m, p.training(3, "spikes", "K"));
        assertArrayEquals(new int[] {2, 0}, PixelData.firstNonFinite(SpectralMatrix.of(new double[][] {{1, 2},
            {3, 4}, {Double.NaN, 1}})));
    }

    @Test
    void pixelDataNeedOneColumnOfValuesPerSpectralColumn() {
        assertThrows(IllegalArgumentException.class, () -> PixelData.of(COLS, SpectralMatrix.allocate(3, 3)));
    }

    @Test
    void aPixelTableHasXYAndOneDoubleColumnPerBandCarryingTheBand() {
        List<ColumnDef> cols = PixelTableShape.columns(BandAxis.of(new double[] {400, 500}, "nm"));
        assertEquals(4, cols.size());
        assertEquals(TableConventions.X, cols.get(0).name());
        assertEquals(CellKind.INT, cols.get(1).kind());
        assertEquals(CellKind.DOUBLE, cols.get(3).kind());
        Map<String, String> band = cols.get(3).properties();
        assertEquals("500.0", band.get(TableConventions.BAND_VALUE));
        assertEquals("nm", band.get(TableConventions.BAND_UNIT));
        assertEquals("1", band.get(TableConventions.BAND_INDEX));
        assertFalse(cols.get(2).name().equals(cols.get(3).name()));
    }
}
