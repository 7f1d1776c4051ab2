package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersAndLineBreaksAreEscaped() {
        assertEquals("a\\nb\\r\\tc\\x00\\x1b[31m", SafeText.line("a\nb\r\tc\u0000\u001b[31m"));
        assertEquals("\\u2028\\u0085", SafeText.line("\u2028\u0085"));
        assertEquals("µm, ünits", SafeText.line("µm, ünits"), "printable text is kept");
    }

    @Test
    void longTextIsCut() {
        String s = SafeText.line("x".repeat(10_000));
        assertTrue(s.length() <= SafeText.MAX_LENGTH + 1, s);
        assertTrue(s.endsWith("…"));
    }
}
