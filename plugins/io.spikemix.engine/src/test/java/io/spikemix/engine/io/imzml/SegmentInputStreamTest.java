package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentInputStreamTest {

    @TempDir
    Path dir;

    private Path file(int n) throws Exception {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + i / 251);
        }
        Path p = dir.resolve("bytes.bin");
        Files.write(p, b);
        return p;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Reads the rest in odd-sized steps, so every path of read(byte[], int, int) is taken. */
    private static byte[] rest(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[777];
        for (int r; (r = in.read(buf, 0, buf.length)) >= 0; ) {
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    @Test
    void headRangeAndTailAreReadInOrder() throws Exception {
        Path p = file(200_000);
        byte[] all = Files.readAllBytes(p);
        try (SegmentInputStream in = new SegmentInputStream(p, "<w>", 10, 150_000, "</w>")) {
            assertArrayEquals(concat("<w>".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(all, 10, 150_000),
                    "</w>".getBytes(StandardCharsets.US_ASCII)), rest(in));
        }
    }

    @Test
    void spliceInsideTheBufferAndBeyondItCutsOutExactlyTheGivenBytes() throws Exception {
        Path p = file(300_000);
        byte[] all = Files.readAllBytes(p);
        // cut inside the 64 KiB already buffered
        try (SegmentInputStream in = new SegmentInputStream(p, "", 0, all.length, "")) {
            byte[] first = new byte[5];
            assertEquals(5, in.read(first, 0, 5));
            assertTrue(in.splice(20, 250_000, 260_000));
            byte[] expected = concat(Arrays.copyOfRange(all, 5, 20), Arrays.copyOfRange(all, 250_000, 260_000));
            assertArrayEquals(expected, rest(in));
        }
        // cut far beyond what was read
        try (SegmentInputStream in = new SegmentInputStream(p, "", 0, all.length, "")) {
            assertEquals(all[0] & 0xFF, in.read());
            assertTrue(in.splice(200_000, 299_990, 300_000));
            assertArrayEquals(concat(Arrays.copyOfRange(all, 1, 200_000), Arrays.copyOfRange(all, 299_990, 300_000)),
                    rest(in));
        }
    }

    @Test
    void spliceIsRefusedOnceBytesPastTheCutWereDelivered() throws Exception {
        Path p = file(10_000);
        byte[] all = Files.readAllBytes(p);
        try (SegmentInputStream in = new SegmentInputStream(p, "", 0, all.length, "")) {
            byte[] first = new byte[100];
            assertEquals(100, in.read(first, 0, 100));
            assertFalse(in.splice(50, 9_000, 10_000));
            assertArrayEquals(Arrays.copyOfRange(all, 100, all.length), rest(in));
        }
    }
}
