package io.spikemix.engine.io;

import java.nio.ByteOrder;
import java.util.List;

/**
 * A NumPy element type as written in a {@code .npy} header's {@code descr}: a byte order ({@code <} little,
 * {@code >} big, {@code |} not applicable), a kind ({@code f} float, {@code i} signed, {@code u} unsigned
 * integer) and a size in bytes. Only the types SpikeMix reads are accepted.
 *
 * @param kind  'f', 'i' or 'u'
 * @param size  bytes per element
 * @param order byte order of multi-byte elements
 */
public record NpyDtype(char kind, int size, ByteOrder order) {

    /** The supported kind and size codes. */
    public static final List<String> SUPPORTED = List.of("f4", "f8", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8");

    /** 32-bit little-endian float, what {@link NpyWriter} writes for spectra. */
    public static final NpyDtype FLOAT32 = new NpyDtype('f', 4, ByteOrder.LITTLE_ENDIAN);

    /** 32-bit little-endian signed integer, what {@link NpyWriter} writes for label maps. */
    public static final NpyDtype INT32 = new NpyDtype('i', 4, ByteOrder.LITTLE_ENDIAN);

    public NpyDtype {
        if (!SUPPORTED.contains("" + kind + size)) {
            throw new IllegalArgumentException("unsupported dtype " + kind + size);
        }
    }

    /**
     * Parses a {@code descr} such as {@code '<f4'}, {@code '>i2'} or {@code '|u1'}.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static NpyDtype parse(String descr) {
        if (descr.length() < 3) {
            throw new IllegalArgumentException(unsupported(descr));
        }
        char o = descr.charAt(0);
        char kind = descr.charAt(1);
        String sizeText = descr.substring(2);
        if (!SUPPORTED.contains(kind + sizeText)) {
            throw new IllegalArgumentException(unsupported(descr));
        }
        int size = Integer.parseInt(sizeText);
        ByteOrder order;
        if (o == '<') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (o == '>') {
            order = ByteOrder.BIG_ENDIAN;
        } else if (o == '|' && size == 1) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else {
            throw new IllegalArgumentException("byte order '" + o + "' in '" + descr + "' is not valid; expected '<' "
                    + "(little-endian) or '>' (big-endian)" + (size == 1 ? " or '|'" : ""));
        }
        return new NpyDtype(kind, size, order);
    }

    private static String unsupported(String descr) {
        return "unsupported dtype '" + descr + "'; expected a byte order (<, >, |) followed by one of "
                + String.join(", ", SUPPORTED) + " (structured, complex, boolean and string arrays are not spectra)";
    }

    /** The {@code descr} string, e.g. {@code <f4}; single-byte types use {@code |}. */
    public String descr() {
        char o = size == 1 ? '|' : order == ByteOrder.LITTLE_ENDIAN ? '<' : '>';
        return "" + o + kind + size;
    }

    @Override
    public String toString() {
        return descr();
    }
}
