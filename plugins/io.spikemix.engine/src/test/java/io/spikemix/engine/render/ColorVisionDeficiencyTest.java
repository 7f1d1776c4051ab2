package io.spikemix.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorVisionDeficiencyTest {

    @Test
    void neutralColoursAreSeenUnchanged() {
        for (ColorVisionDeficiency cvd : ColorVisionDeficiency.values()) {
            for (int grey : new int[] {0x000000, 0x808080, 0xFFFFFF}) {
                int seen = cvd.simulate(grey);
                for (int shift = 0; shift <= 16; shift += 8) {
                    assertEquals((grey >> shift) & 0xFF, (seen >> shift) & 0xFF, 1, cvd + " " + grey);
                }
            }
        }
    }

    @Test
    void redGreenDichromatsConfuseRedAndGreenButNotBlueAndYellow() {
        int red = 0xD62728;
        int green = 0x2CA02C;
        double normal = CieLab.fromRgb(red).deltaE2000(CieLab.fromRgb(green));
        for (ColorVisionDeficiency cvd : new ColorVisionDeficiency[] {ColorVisionDeficiency.PROTANOPIA,
            ColorVisionDeficiency.DEUTERANOPIA}) {
            double seen = cvd.simulateLab(red).deltaE2000(cvd.simulateLab(green));
            assertTrue(seen < normal / 2.5, cvd + ": " + seen + " vs normal " + normal);
            double blueYellow = cvd.simulateLab(0x0000FF).deltaE2000(cvd.simulateLab(0xFFFF00));
            assertTrue(blueYellow > 50, cvd + ": blue–yellow " + blueYellow);
        }
    }
}
