package io.spikemix.engine.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A K range is parsed from MIN:MAX and refuses ranges that cannot be scanned, with one line naming the range. */
class KRangeTest {

    @Test
    void parsesMinColonMaxAndASingleK() {
        assertArrayEquals(new int[] { 2, 3, 4, 5 }, KRange.parse("2:5").values());
        assertEquals(new KRange(3, 3), KRange.parse(" 3 "));
        assertEquals("2:16", KRange.parse("2:16").toString());
    }

    @Test
    void refusesMinAboveMaxZeroAndText() {
        assertEquals("The K range must have min <= max. Got 5:3 instead.",
                assertThrows(IllegalArgumentException.class, () -> KRange.parse("5:3")).getMessage());
        assertEquals("The K range must start at 1 or more. Got 0:4 instead.",
                assertThrows(IllegalArgumentException.class, () -> KRange.parse("0:4")).getMessage());
        assertEquals("The K range must be MIN:MAX with whole numbers, e.g. 2:16. Got '2-8' instead.",
                assertThrows(IllegalArgumentException.class, () -> KRange.parse("2-8")).getMessage());
    }

    @Test
    void refusesAKAboveTheNumberOfPixels() {
        new KRange(2, 10).checkPixels(10);
        assertEquals("The K range 2:11 goes beyond the number of pixels (10); the largest K must be <= 10.",
                assertThrows(IllegalArgumentException.class, () -> new KRange(2, 11).checkPixels(10)).getMessage());
    }
}
