package io.spikemix.engine.io.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a valid file: every mutant is a pure function of (seed file, seed, index), so a failing mutant
 * is kept as a regression case by its index alone.
 */
final class Mutations {

    /** A mutant and what was done to it, for the failure message. */
    record Mutant(byte[] bytes, String description) {
    }

    /** Numbers a hostile header would hold: zero, negative, int and long limits, beyond long, huge floats, NaN. */
    static final String[] HOSTILE_NUMBERS = { "0", "-1", "-2147483648", "2147483647", "2147483648", "4294967296",
        "9223372036854775807", "99999999999999999999999", "1e308", "-1e308", "NaN", "Infinity", "3.5", "" };

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private Mutations() {
    }

    /**
     * Mutant {@code index} of {@code seed}: bit flips, truncation, overwritten or deleted or inserted runs, and,
     * within the first {@code textBytes} bytes (a text header), numbers replaced by hostile ones.
     */
    static Mutant of(byte[] seed, long baseSeed, int index, int textBytes) {
        SplittableRandom rnd = new SplittableRandom(baseSeed * 1_000_003L + index);
        int kind = rnd.nextInt(textBytes > 0 ? 7 : 5);
        byte[] b = seed.clone();
        int n = b.length;
        switch (kind) {
            case 0 -> {
                int flips = 1 + rnd.nextInt(8);
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < flips; i++) {
                    int at = rnd.nextInt(n);
                    int bit = rnd.nextInt(8);
                    b[at] ^= (byte) (1 << bit);
                    where.append(i == 0 ? "" : ",").append(at).append('.').append(bit);
                }
                return new Mutant(b, "bit flips at " + where);
            }
            case 1 -> {
                int keep = rnd.nextInt(n);
                return new Mutant(Arrays.copyOf(b, keep), "truncated to " + keep + " of " + n + " bytes");
            }
            case 2 -> {
                int at = rnd.nextInt(n);
                int len = Math.min(n - at, 1 + rnd.nextInt(16));
                int fill = rnd.nextInt(3);
                for (int i = at; i < at + len; i++) {
                    b[i] = (byte) (fill == 0 ? 0 : fill == 1 ? 0xFF : rnd.nextInt(256));
                }
                return new Mutant(b, len + " bytes at " + at + " set to " + (fill == 0 ? "0x00" : fill == 1 ? "0xFF" : "random"));
            }
            case 3 -> {
                int at = rnd.nextInt(n);
                int len = Math.min(n - at, 1 + rnd.nextInt(64));
                byte[] c = new byte[n - len];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + len, c, at, n - at - len);
                return new Mutant(c, len + " bytes deleted at " + at);
            }
            case 4 -> {
                int at = rnd.nextInt(n + 1);
                int len = 1 + rnd.nextInt(64);
                byte[] c = new byte[n + len];
                System.arraycopy(b, 0, c, 0, at);
                for (int i = 0; i < len; i++) {
                    c[at + i] = (byte) rnd.nextInt(256);
                }
                System.arraycopy(b, at, c, at + len, n - at);
                return new Mutant(c, len + " random bytes inserted at " + at);
            }
            default -> {
                return hostileNumber(b, rnd, Math.min(textBytes, n));
            }
        }
    }

    /** One number in the text header replaced by a hostile one. */
    private static Mutant hostileNumber(byte[] b, SplittableRandom rnd, int textBytes) {
        String text = new String(b, 0, textBytes, StandardCharsets.ISO_8859_1);
        Matcher m = NUMBER.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            return new Mutant(b, "unchanged (no number in the header)");
        }
        int pick = rnd.nextInt(count);
        m.reset();
        for (int i = 0; i <= pick; i++) {
            m.find();
        }
        String with = HOSTILE_NUMBERS[rnd.nextInt(HOSTILE_NUMBERS.length)];
        byte[] replacement = with.getBytes(StandardCharsets.ISO_8859_1);
        byte[] c = new byte[b.length - (m.end() - m.start()) + replacement.length];
        System.arraycopy(b, 0, c, 0, m.start());
        System.arraycopy(replacement, 0, c, m.start(), replacement.length);
        System.arraycopy(b, m.end(), c, m.start() + replacement.length, b.length - m.end());
        return new Mutant(c, "number '" + m.group() + "' at " + m.start() + " replaced by '" + with + "'");
    }
}
