package io.spikemix.engine.io.mat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;

/**
 * Array names stored as miUTF8 instead of miINT8: MATLAB writes miINT8, some other writers write UTF-8, scipy reads
 * both, MFL refuses the whole file ("Expected Int8, Found Utf8"). This builds, in memory, the same file with every
 * name tagged miINT8 (the bytes are unchanged; ASCII names, the usual case, read the same) and every compressed
 * element stored inflated, for MFL to read instead. Only used after MFL refused a file for that reason, and only
 * after {@link Mat5Structure} has bounded the nesting and checked every element's size.
 */
final class Mat5Utf8Names {

    private static final int MI_INT8 = 1;
    private static final int MI_MATRIX = Mat5Structure.MI_MATRIX;
    private static final int MI_COMPRESSED = Mat5Structure.MI_COMPRESSED;
    private static final int MI_UTF8 = 16;
    private static final int HEADER_BYTES = Mat5Structure.HEADER_BYTES;

    private Mat5Utf8Names() {
    }

    /** True when {@code e} is MFL's refusal of a miUTF8 name. */
    static boolean isUtf8NameRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Found Utf8")) {
                return true;
            }
        }
        return false;
    }

    /** The file with names retagged and compressed elements inflated, as a buffer MFL can read. */
    static ByteBuffer retagged(Path file) throws SpectralFileException {
        try {
            long size = Files.size(file);
            ReaderSupport.checkAllocation(file, "MATLAB 5", size, 1);
            byte[] bytes = Files.readAllBytes(file);
            ByteOrder order = bytes[126] == 'M' && bytes[127] == 'I' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            out.write(bytes, 0, HEADER_BYTES);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
            int p = HEADER_BYTES;
            while (p + 8 <= bytes.length) {
                int type = b.getInt(p);
                int length = (type >>> 16) != 0 ? 0 : b.getInt(p + 4);
                int end = (type >>> 16) != 0 ? p + 8 : (int) Math.min(bytes.length, p + 8L + padded(type, length));
                byte[] element = java.util.Arrays.copyOfRange(bytes, p, end);
                if (type == MI_COMPRESSED) {
                    element = inflate(file, bytes, p + 8, length);
                }
                retagNames(ByteBuffer.wrap(element).order(order), 0, element.length);
                out.write(element);
                p = end;
            }
            return ByteBuffer.wrap(out.toByteArray()).order(order);
        } catch (IOException e) {
            throw new SpectralFileException(file, "MATLAB 5", "cannot be read: " + SpectralFileException.reason(e), e);
        }
    }

    private static long padded(int type, int length) {
        return Mat5Structure.padded(type, length & 0xFFFF_FFFFL);
    }

    private static byte[] inflate(Path file, byte[] bytes, int from, int length) throws SpectralFileException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, from, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
            byte[] buf = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // Mat5Structure has refused unterminated streams already
                }
                out.write(buf, 0, n);
                ReaderSupport.checkAllocation(file, "MATLAB 5", out.size(), 1);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new SpectralFileException(file, "MATLAB 5", "a compressed element cannot be inflated: "
                    + SpectralFileException.reason(e), e);
        } finally {
            inflater.end();
        }
    }

    /** Retags the name (third sub-element) of every array in {@code [from, to)}, nested arrays included. */
    private static void retagNames(ByteBuffer b, int from, int to) {
        int p = from;
        while (p + 8 <= to) {
            int type = b.getInt(p);
            if ((type >>> 16) != 0) {
                p += 8;
                continue;
            }
            int length = b.getInt(p + 4);
            long end = Math.min(to, p + 8L + padded(type, length));
            if (type == MI_MATRIX) {
                retagArray(b, p + 8, (int) end);
            }
            p = (int) end;
        }
    }

    private static void retagArray(ByteBuffer b, int from, int to) {
        int p = from;
        for (int sub = 0; p + 8 <= to; sub++) {
            int word = b.getInt(p);
            boolean small = (word >>> 16) != 0;
            int type = small ? word & 0xFFFF : word;
            if (sub == 2 && type == MI_UTF8) {
                b.putInt(p, small ? (word & 0xFFFF_0000) | MI_INT8 : MI_INT8);
            }
            long end = small ? p + 8L : Math.min(to, p + 8L + padded(type, b.getInt(p + 4)));
            if (!small && type == MI_MATRIX) {
                retagArray(b, p + 8, (int) end);
            }
            p = (int) end;
        }
    }
}
