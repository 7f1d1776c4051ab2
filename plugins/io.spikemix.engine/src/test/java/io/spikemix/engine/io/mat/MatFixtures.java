package io.spikemix.engine.io.mat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** MAT level-5 files built byte by byte, for shapes the MFL writer cannot (or will not) produce. */
final class MatFixtures {

    static final int MI_INT8 = 1;
    static final int MI_INT32 = 5;
    static final int MI_UINT32 = 6;
    static final int MI_DOUBLE = 9;
    static final int MI_MATRIX = 14;
    static final int MI_UTF8 = 16;
    static final int MX_INT32 = 12;
    static final int MX_CELL = 1;
    static final int MX_DOUBLE = 6;

    private MatFixtures() {
    }

    /** The 128-byte level-5 header, little endian. */
    static byte[] header() {
        byte[] h = new byte[128];
        Arrays.fill(h, 0, 116, (byte) ' ');
        byte[] text = "MATLAB 5.0 MAT-file, written by a SpikeMix test".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, h, 0, text.length);
        h[124] = 0;
        h[125] = 1;
        h[126] = 'I';
        h[127] = 'M';
        return h;
    }

    /** A file whose one variable "c" is a 1 x 1 cell holding a 1 x 1 cell ... {@code depth} times, then 1.0. */
    static byte[] nestedCells(int depth) {
        byte[] inner = scalar("", 1.0);
        // each level is the innermost element wrapped in (tag, flags, dims, name): written outside-in in one pass,
        // since wrapping level by level would copy the whole file once per level
        byte[] prefix = Arrays.copyOf(matrix(MX_CELL, "", new byte[0]), 8 + 16 + 16 + 8);
        byte[] outerName = element(MI_INT8, "c".getBytes(StandardCharsets.US_ASCII));
        long total = 128L + inner.length + (long) depth * prefix.length + (outerName.length - 8);
        ByteBuffer b = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN).put(header());
        for (int level = depth; level >= 1; level--) {
            int below = inner.length + (level - 1) * prefix.length;
            boolean outer = level == depth;
            int body = below + prefix.length - 8 + (outer ? outerName.length - 8 : 0);
            b.putInt(MI_MATRIX).putInt(body).put(prefix, 8, 32);
            b.put(outer ? outerName : Arrays.copyOfRange(prefix, 40, 48));
        }
        return b.put(inner).array();
    }

    /** A file holding {@code elements} one after the other. */
    static byte[] file(byte[]... elements) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(header());
        for (byte[] e : elements) {
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    /** A 1 x 1 double named {@code name}. */
    static byte[] scalar(String name, double v) {
        return matrix(MX_DOUBLE, name, element(MI_DOUBLE, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putDouble(v).array()));
    }

    /**
     * A miCOMPRESSED element holding {@code element}; with {@code terminated} false the zlib stream is flushed but
     * never finished (no final block, no checksum), as a writer that was stopped would leave it.
     */
    static byte[] compressed(byte[] element, boolean terminated) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(element);
        byte[] buf = new byte[element.length + 64];
        int n;
        if (terminated) {
            d.finish();
            n = d.deflate(buf);
        } else {
            n = d.deflate(buf, 0, buf.length, java.util.zip.Deflater.SYNC_FLUSH);
        }
        d.end();
        ByteBuffer b = ByteBuffer.allocate(8 + n).order(ByteOrder.LITTLE_ENDIAN);
        return b.putInt(15).putInt(n).put(buf, 0, n).array();
    }

    /** A double array of the given MATLAB dimensions, values in column-major order. */
    static byte[] doubles(String name, int[] dims, double[] values) {
        ByteBuffer v = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : values) {
            v.putDouble(x);
        }
        return matrix(MX_DOUBLE, name, dims, element(MI_DOUBLE, v.array()));
    }

    /** A miMATRIX element of class {@code mxClass}, 1 x 1, with the given name and content elements. */
    static byte[] matrix(int mxClass, String name, byte[] content) {
        return matrix(mxClass, name, new int[] { 1, 1 }, content);
    }

    /** An int32 array whose name is tagged miUTF8 and whose data are tagged miUINT32, as some non-MATLAB writers do. */
    static byte[] int32AsWrittenByOthers(String name, int[] dims, int[] values) {
        ByteBuffer v = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : values) {
            v.putInt(x);
        }
        byte[] m = matrix(MX_INT32, name, dims, element(MI_UINT32, v.array()));
        // the name element follows the 8-byte array tag, the 16-byte flags and the dims element
        int nameTag = 8 + 16 + 8 + (4 * dims.length + 7) / 8 * 8;
        ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putInt(nameTag, MI_UTF8);
        return m;
    }

    static byte[] matrix(int mxClass, String name, int[] dimensions, byte[] content) {
        byte[] flags = element(MI_UINT32, le(mxClass, 0));
        ByteBuffer d = ByteBuffer.allocate(4 * dimensions.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : dimensions) {
            d.putInt(x);
        }
        byte[] dims = element(MI_INT32, d.array());
        byte[] n = element(MI_INT8, name.getBytes(StandardCharsets.US_ASCII));
        ByteBuffer body = ByteBuffer.allocate(flags.length + dims.length + n.length + content.length);
        body.put(flags).put(dims).put(n).put(content);
        return element(MI_MATRIX, body.array());
    }

    /** A tagged data element: type, byte count, data padded to 8 bytes (the long form, valid for every size). */
    static byte[] element(int type, byte[] data) {
        int padded = type == MI_MATRIX ? data.length : (data.length + 7) / 8 * 8;
        ByteBuffer b = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type).putInt(data.length).put(data);
        return b.array();
    }

    private static byte[] le(int a, int b) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(a).putInt(b).array();
    }
}
