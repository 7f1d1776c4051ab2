package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactNumberTest {

    @Test
    void dropsTrailingZerosOfTheFractionOnly() {
        assertEquals("376.86", CompactNumber.format(376.86, 6));
        assertEquals("100000", CompactNumber.format(100000, 6));
        assertEquals("2500", CompactNumber.format(2500.0, 6));
        assertEquals("0", CompactNumber.format(0, 6));
        assertEquals("-0.0042106", CompactNumber.format(-0.0042106, 6));
    }

    @Test
    void keepsTheExponentAndRoundsToTheSignificantDigits() {
        assertEquals("1e+06", CompactNumber.format(1_000_000, 6));
        assertEquals("1.23457e-07", CompactNumber.format(1.234567e-7, 6));
        assertEquals("365.9100037", CompactNumber.format(365.9100036621094, 10));
    }

    @Test
    void namesNonFiniteValues() {
        assertEquals("none", CompactNumber.format(Double.NaN, 6));
        assertEquals("inf", CompactNumber.format(Double.POSITIVE_INFINITY, 6));
        assertEquals("-inf", CompactNumber.format(Double.NEGATIVE_INFINITY, 6));
    }
}
