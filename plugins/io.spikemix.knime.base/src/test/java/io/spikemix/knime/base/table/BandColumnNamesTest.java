package io.spikemix.knime.base.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;

class BandColumnNamesTest {

    @Test
    void namesFollowTheUnitConventions() {
        assertEquals("512.3 nm", BandColumnNames.name(512.3, "nm"));
        assertEquals("m/z 885.55", BandColumnNames.name(885.55, "m/z"));
        assertEquals("band 17", BandColumnNames.name(17, BandAxis.INDEX_UNIT));
        assertEquals("1.5", BandColumnNames.name(1.5, ""));
        assertEquals("400 nm", BandColumnNames.name(400.0, "nm"));
    }

    @Test
    void formattedValuesReadBackExactly() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-6, 7));
            assertEquals(v, Double.parseDouble(BandColumnNames.format(v)), "value " + v);
        }
    }

    @Test
    void duplicateNamesGetNumberedSuffixesAndAvoidTakenNames() {
        BandAxis axis = BandAxis.of(new double[] {500, 500, 501, 500}, "nm");
        List<String> names = BandColumnNames.names(axis, Set.of("501 nm"));
        assertEquals(List.of("500 nm", "500 nm (#2)", "501 nm (#2)", "500 nm (#3)"), names);
    }

    @Test
    void namesParseBackToTheirAxis() {
        for (BandAxis axis : List.of(BandAxis.of(new double[] {400.5, 410, 420.25}, "nm"),
                BandAxis.of(new double[] {885.55, 1000.1}, "m/z"), BandAxis.indices(4))) {
            BandAxis back = BandColumnNames.axisFromNames(BandColumnNames.names(axis, Set.of()));
            assertEquals(axis.unit(), back.unit());
            assertArrayEquals(axis.values(), back.values(), 0.0);
        }
    }

    @Test
    void mixedOrUnparsableNamesFallBackToBandPositions() {
        BandAxis a = BandColumnNames.axisFromNames(List.of("500 nm", "m/z 600"));
        assertTrue(a.isIndexOnly());
        assertArrayEquals(new double[] {0, 1}, a.values(), 0.0);
        assertTrue(BandColumnNames.axisFromNames(List.of("intensity", "500 nm")).isIndexOnly());
    }
}
