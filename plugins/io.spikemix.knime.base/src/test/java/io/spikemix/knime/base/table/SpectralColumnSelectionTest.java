package io.spikemix.knime.base.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;

class SpectralColumnSelectionTest {

    private static ColumnInfo band(String name, String value, String unit) {
        return new ColumnInfo(name, true, false,
                Map.of(TableConventions.BAND_VALUE, value, TableConventions.BAND_UNIT, unit));
    }

    private static ColumnInfo plain(String name, boolean numeric, boolean integer) {
        return new ColumnInfo(name, numeric, integer, Map.of());
    }

    private static final List<ColumnInfo> TABLE = List.of(plain("x", true, true), plain("label", false, false),
            band("b1", "400.5", "nm"), plain("y", true, true), band("b2", "410", "nm"));

    @Test
    void coordinatesAreNeverSpectralAndAreFound() throws InvalidColumnsException {
        SpectralColumns c = SpectralColumnSelection.select(TABLE, new String[] {"x", "b1", "y", "b2"}, "Spectral");
        assertEquals(List.of("b1", "b2"), c.names());
        assertArrayEquals(new int[] {2, 4}, c.indices());
        assertEquals(0, c.xIndex());
        assertEquals(3, c.yIndex());
        assertTrue(c.hasCoordinates());
    }

    @Test
    void bandPropertiesGiveTheAxisEvenWhenNamesDoNot() throws InvalidColumnsException {
        BandAxis axis = SpectralColumnSelection.select(TABLE, new String[] {"b1", "b2"}, "S").axis();
        assertEquals("nm", axis.unit());
        assertArrayEquals(new double[] {400.5, 410}, axis.values(), 0.0);
    }

    @Test
    void withoutPropertiesTheNamesGiveTheAxis() {
        List<ColumnInfo> t = List.of(plain("m/z 100.5", true, false), plain("m/z 200", true, false));
        BandAxis axis = SpectralColumnSelection.axisOf(t, new int[] {0, 1});
        assertEquals("m/z", axis.unit());
        assertArrayEquals(new double[] {100.5, 200}, axis.values(), 0.0);
    }

    @Test
    void mixedUnitsInPropertiesFallBackToNamesThenPositions() {
        List<ColumnInfo> t = List.of(band("a", "1", "nm"), band("b", "2", "m/z"));
        BandAxis axis = SpectralColumnSelection.axisOf(t, new int[] {0, 1});
        assertTrue(axis.isIndexOnly());
        assertArrayEquals(new double[] {0, 1}, axis.values(), 0.0);
    }

    @Test
    void nonIntegerCoordinateColumnsAreNotCoordinates() throws InvalidColumnsException {
        List<ColumnInfo> t = List.of(plain("x", true, false), plain("y", true, true), plain("b", true, false));
        SpectralColumns c = SpectralColumnSelection.select(t, new String[] {"b"}, "S");
        assertEquals(-1, c.xIndex());
        assertFalse(c.hasCoordinates());
    }

    @Test
    void selectionErrorsNameTheColumnAndTheSetting() {
        assertEquals("Column 'gone' selected in 'Spectral columns' is not in the input table. Reconfigure the node.",
                assertThrows(InvalidColumnsException.class, () -> SpectralColumnSelection.select(TABLE,
                        new String[] {"gone"}, "Spectral columns")).getMessage());
        assertEquals("Column 'label' is not numeric; spectral columns must hold numbers.",
                assertThrows(InvalidColumnsException.class, () -> SpectralColumnSelection.select(TABLE,
                        new String[] {"label"}, "S")).getMessage());
        assertTrue(assertThrows(InvalidColumnsException.class, () -> SpectralColumnSelection.select(TABLE,
                new String[] {"x", "y"}, "Spectral columns")).getMessage().startsWith("No spectral columns"));
    }

    @Test
    void requireListsEveryMissingModelColumn() throws InvalidColumnsException {
        BandAxis axis = BandAxis.of(new double[] {1, 2, 3}, "nm");
        InvalidColumnsException e = assertThrows(InvalidColumnsException.class, () -> SpectralColumnSelection
                .require(TABLE, List.of("b1", "c2", "c3"), axis, "the normalization model"));
        assertTrue(e.getMessage().startsWith("The input table lacks 2 of the 3 spectral columns of the "
                + "normalization model: 'c2', 'c3'."), e.getMessage());
        SpectralColumns c = SpectralColumnSelection.require(TABLE, List.of("b2", "b1"),
                BandAxis.of(new double[] {2, 1}, "nm"), "m");
        assertArrayEquals(new int[] {4, 2}, c.indices());
    }
}
