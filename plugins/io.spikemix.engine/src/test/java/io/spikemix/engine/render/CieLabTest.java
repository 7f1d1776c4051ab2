package io.spikemix.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CieLabTest {

    @Test
    void ciede2000MatchesSharmaWuDalalTestData() {
        // Pairs 1, 2, 3, 7, 17, 18, 19, 20 of the supplementary table of Sharma, Wu and Dalal (2005).
        double[][] pairs = {
            {50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
            {50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
            {50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
            {50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
            {50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
            {50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
            {50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
            {50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535}};
        for (double[] p : pairs) {
            CieLab first = new CieLab(p[0], p[1], p[2]);
            CieLab second = new CieLab(p[3], p[4], p[5]);
            assertEquals(p[6], first.deltaE2000(second), 5e-5);
            assertEquals(p[6], second.deltaE2000(first), 5e-5);
        }
    }

    @Test
    void srgbPrimariesAndNeutralsHaveTheirKnownLabCoordinates() {
        CieLab white = CieLab.fromRgb(0xFFFFFF);
        assertEquals(100, white.l(), 1e-4);
        assertEquals(0, white.a(), 1e-4);
        assertEquals(0, white.b(), 1e-4);
        assertEquals(0, CieLab.fromRgb(0x000000).l(), 1e-9);
        // sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65), as listed in colour-science references.
        CieLab red = CieLab.fromRgb(0xFF0000);
        assertEquals(53.24, red.l(), 0.01);
        assertEquals(80.09, red.a(), 0.01);
        assertEquals(67.20, red.b(), 0.01);
        // Neutral greys have a* = b* = 0.
        CieLab grey = CieLab.fromRgb(0x777777);
        assertEquals(0, grey.a(), 1e-4);
        assertEquals(0, grey.b(), 1e-4);
    }

    @Test
    void linearRoundTripReproducesEveryByte() {
        for (int v = 0; v < 256; v++) {
            int rgb = (v << 16) | ((255 - v) << 8) | (v / 2);
            double[] lin = CieLab.linearRgb(rgb);
            assertEquals(rgb, CieLab.rgbOfLinear(lin[0], lin[1], lin[2]));
        }
    }
}
