package io.spikemix.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the size of a PNG file from its IHDR chunk. */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {
    }

    /**
     * The problem with {@code file} as a KNIME icon, or null when it is a 16 × 16 PNG.
     */
    static String iconProblem(Path file) {
        if (!Files.isRegularFile(file)) {
            return "icon " + file + " does not exist";
        }
        byte[] head = new byte[24];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return "icon " + file + " is too short to be a PNG";
            }
        } catch (IOException e) {
            return "icon " + file + " cannot be read: " + e.getMessage();
        }
        if (!Arrays.equals(Arrays.copyOf(head, 8), SIGNATURE) || head[12] != 'I' || head[13] != 'H'
                || head[14] != 'D' || head[15] != 'R') {
            return "icon " + file + " is not a PNG";
        }
        ByteBuffer b = ByteBuffer.wrap(head, 16, 8);
        int w = b.getInt();
        int h = b.getInt();
        return w == 16 && h == 16 ? null : "icon " + file + " is " + w + "x" + h + ", expected 16x16";
    }
}
