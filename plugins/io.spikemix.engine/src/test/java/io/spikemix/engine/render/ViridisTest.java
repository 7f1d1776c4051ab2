package io.spikemix.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViridisTest {

    @Test
    void reproducesThePublishedKeyColours() {
        // matplotlib's viridis: first entry #440154, middle (index 128) #21918C, last entry #FDE725.
        assertClose(0x440154, Viridis.rgb(0), 4);
        assertClose(0x21918C, Viridis.rgb(128 / 255.0), 4);
        assertClose(0xFDE725, Viridis.rgb(1), 4);
    }

    @Test
    void lightnessIncreasesMonotonicallyAndStepsArePerceptuallyEven() {
        double previousL = -1;
        double previousTableL = -1;
        for (int i = 0; i <= 1000; i++) {
            double[] c = Viridis.channels(i / 1000.0);
            double l = CieLab.fromSrgb(c[0], c[1], c[2]).l();
            assertTrue(l > previousL, "L* must increase at t = " + i / 1000.0 + ": " + l + " <= " + previousL);
            previousL = l;
        }
        for (int i = 0; i < 256; i++) {
            double l = CieLab.fromRgb(Viridis.rgb(i / 255.0)).l();
            // 8-bit rounding of the channels may undo a step of the 256-entry table by a few hundredths of L*.
            assertTrue(l > previousTableL - 0.05, "table entry " + i + ": " + l + " after " + previousTableL);
            previousTableL = l;
        }
        // 16 equal steps in t should be roughly equal steps in CIEDE2000 (viridis is uniform in CAM02-UCS,
        // a close relative): every step within ±40 % of the mean step.
        double[] steps = new double[16];
        double mean = 0;
        for (int s = 0; s < 16; s++) {
            steps[s] = CieLab.fromRgb(Viridis.rgb(s / 16.0)).deltaE2000(CieLab.fromRgb(Viridis.rgb((s + 1) / 16.0)));
            mean += steps[s] / 16;
        }
        for (int s = 0; s < 16; s++) {
            assertTrue(Math.abs(steps[s] - mean) < 0.4 * mean, "step " + s + ": " + steps[s] + " vs mean " + mean);
        }
    }

    @Test
    void clampsOutOfRangeAndRejectsNaN() {
        assertEquals(Viridis.rgb(0), Viridis.rgb(-3));
        assertEquals(Viridis.rgb(1), Viridis.rgb(7));
        assertThrows(IllegalArgumentException.class, () -> Viridis.rgb(Double.NaN));
    }

    private static void assertClose(int expected, int actual, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= tolerance,
                    String.format("expected #%06X, got #%06X", expected, actual));
        }
    }
}
