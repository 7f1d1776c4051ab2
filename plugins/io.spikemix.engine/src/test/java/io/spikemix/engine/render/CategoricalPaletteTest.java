package io.spikemix.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

class CategoricalPaletteTest {

    private static final double MIN_DELTA_E = 9.0;

    @Test
    void hasAtLeastTwentyColoursPairwiseDistinctInNormalVision() {
        CategoricalPalette p = CategoricalPalette.DEFAULT;
        assertTrue(p.size() >= 20);
        assertMinimumDifference(rgb -> CieLab.fromRgb(rgb), "normal vision");
    }

    @Test
    void staysDistinctUnderSimulatedDeuteranopiaAndProtanopia() {
        assertMinimumDifference(ColorVisionDeficiency.DEUTERANOPIA::simulateLab, "deuteranopia");
        assertMinimumDifference(ColorVisionDeficiency.PROTANOPIA::simulateLab, "protanopia");
    }

    @Test
    void everyColourStandsOutFromTheMaskedColourAndTheWhiteBackground() {
        CategoricalPalette p = CategoricalPalette.DEFAULT;
        for (ColorVisionDeficiency cvd : new ColorVisionDeficiency[] {null, ColorVisionDeficiency.DEUTERANOPIA,
            ColorVisionDeficiency.PROTANOPIA}) {
            IntFunction<CieLab> seen = cvd == null ? CieLab::fromRgb : cvd::simulateLab;
            for (int id = 0; id < p.size(); id++) {
                double toMasked = seen.apply(p.rgb(id)).deltaE2000(seen.apply(p.maskedRgb()));
                double toWhite = seen.apply(p.rgb(id)).deltaE2000(seen.apply(0xFFFFFF));
                assertTrue(toMasked >= MIN_DELTA_E, "id " + id + " vs masked: " + toMasked + " (" + cvd + ")");
                assertTrue(toWhite >= MIN_DELTA_E, "id " + id + " vs white: " + toWhite + " (" + cvd + ")");
            }
        }
    }

    @Test
    void colourIsFixedPerIdAndIdsBeyondTheBaseColoursStayDistinctFromTheirBase() {
        CategoricalPalette p = CategoricalPalette.DEFAULT;
        assertEquals(0xE69F00, p.rgb(0));
        assertEquals(p.rgb(5), CategoricalPalette.DEFAULT.rgb(5));
        assertEquals(p.maskedRgb(), p.rgb(-1));
        Set<Integer> seen = new HashSet<>();
        for (int id = 0; id < 3 * p.size(); id++) {
            assertTrue(seen.add(p.rgb(id)), "colour of id " + id + " repeats");
        }
        assertNotEquals(p.rgb(0), p.rgb(p.size()));
    }

    private static void assertMinimumDifference(IntFunction<CieLab> vision, String name) {
        CategoricalPalette p = CategoricalPalette.DEFAULT;
        double min = Double.POSITIVE_INFINITY;
        String worst = "";
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                double d = vision.apply(p.rgb(i)).deltaE2000(vision.apply(p.rgb(j)));
                if (d < min) {
                    min = d;
                    worst = i + "/" + j;
                }
            }
        }
        assertTrue(min >= MIN_DELTA_E, name + ": colours " + worst + " only ΔE00 = " + min + " apart");
    }
}
