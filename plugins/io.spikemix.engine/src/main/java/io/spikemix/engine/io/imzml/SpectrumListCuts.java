package io.spikemix.engine.io.imzml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Byte searches that propose where an imzML document may be cut for a parallel parse: the last spectrum-list end
 * tag, the next spectrum start tag after an offset, and whether the encoding lets byte offsets be cut at all.
 *
 * <p>The searches only propose: a "&lt;spectrum" inside a comment or CDATA section looks the same as a real tag.
 * {@link ParallelImzmlParse} proves every cut while parsing and falls back to one sequential parse otherwise. Each
 * search reads at most {@value #WINDOW} bytes.
 */
final class SpectrumListCuts {

    /** Bytes searched at most, from the end for the end tag and after the offset for a spectrum tag. */
    static final int WINDOW = 1 << 20;

    private static final byte[] END_TAG = "</spectrumList".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SPECTRUM_TAG = "<spectrum".getBytes(StandardCharsets.US_ASCII);

    private SpectrumListCuts() {
    }

    /**
     * The XML declaration a piece cut from the document needs to decode as the document does ("" when none is
     * needed), or null when byte offsets cannot be cut: a UTF-16/32 byte order mark or zero bytes in the start, or
     * a declared encoding other than UTF-8, US-ASCII or ISO-8859-1 (in these a '&lt;' byte is always '&lt;').
     */
    static String pieceDeclaration(Path file) throws IOException {
        byte[] b = read(file, 0, 256);
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < b.length; i++) {
            if (b[i] == 0 || (b[i] & 0xFF) >= 0xFE) {
                return null;
            }
        }
        String head = new String(b, start, b.length - start, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return head.startsWith("<") ? "" : null;
        }
        int close = head.indexOf("?>");
        if (close < 0) {
            return null;
        }
        String decl = head.substring(0, close);
        int enc = decl.indexOf("encoding");
        if (enc < 0) {
            return "";
        }
        int q = enc + "encoding".length();
        while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=' || decl.charAt(q) == '\t')) {
            q++;
        }
        if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
            return null;
        }
        int endQ = decl.indexOf(decl.charAt(q), q + 1);
        if (endQ < 0) {
            return null;
        }
        String name = decl.substring(q + 1, endQ).trim().toUpperCase(Locale.ROOT);
        switch (name) {
            case "UTF-8":
            case "UTF8":
            case "US-ASCII":
            case "ASCII":
                return "";
            case "ISO-8859-1":
            case "LATIN1":
                return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>";
            default:
                return null;
        }
    }

    /** Offset of the last "&lt;/spectrumList" followed by white space or '&gt;' in the last window, or −1. */
    static long lastEndTag(Path file, long size) throws IOException {
        long from = Math.max(0, size - WINDOW);
        byte[] b = read(file, from, (int) (size - from));
        for (int i = b.length - END_TAG.length - 1; i >= 0; i--) {
            if (matches(b, i, END_TAG) && endsName(b[i + END_TAG.length])) {
                return from + i;
            }
        }
        return -1;
    }

    /**
     * Offset of the first "&lt;spectrum" followed by white space, '&gt;' or '/' at or after {@code from} and before
     * {@code limit}, within one window; −1 if none.
     */
    static long nextSpectrumTag(Path file, long from, long limit) throws IOException {
        int len = (int) Math.min(WINDOW, limit - from);
        if (len <= SPECTRUM_TAG.length) {
            return -1;
        }
        byte[] b = read(file, from, len);
        for (int i = 0; i + SPECTRUM_TAG.length < b.length; i++) {
            if (matches(b, i, SPECTRUM_TAG) && (endsName(b[i + SPECTRUM_TAG.length])
                    || b[i + SPECTRUM_TAG.length] == '/')) {
                return from + i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] b, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (b[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsName(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>';
    }

    private static byte[] read(Path file, long from, int len) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.max(0, Math.min(len, ch.size() - from)));
            while (buf.hasRemaining() && ch.read(buf, from + buf.position()) >= 0) {
                // positional reads until full or at the end
            }
            byte[] b = new byte[buf.position()];
            buf.flip();
            buf.get(b);
            return b;
        }
    }
}
