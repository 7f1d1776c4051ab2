package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.SpectralFileException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Random access to the arrays of an imzML binary (.ibd) file through one sliding read window.
 *
 * <p>Spectra are normally stored one after another, so a window of {@value #WINDOW} bytes turns the many small
 * array reads into few large sequential reads. Every range is checked against the file size first, so an offset or
 * length pointing outside the file gives a {@link SpectralFileException}, not garbage. Values are little endian.
 *
 * <p>A zlib-compressed array (MS:1000574) is the zlib stream of its little-endian values, {@code encoded} bytes long
 * (IMS:1000104); it is inflated into a scratch buffer that grows to the longest array, and must decode to exactly the
 * claimed length × value size, else the error names the spectrum and the array. Not thread-safe: one per thread.
 */
final class IbdFile implements Closeable {

    static final int WINDOW = 8 << 20;

    /**
     * Deflate's largest compression ratio (a run of one byte; RFC 1951 codes 258 bytes in 2 bits): a claimed array
     * longer than this many times its zlib stream cannot be right, so nothing that large is allocated for it.
     */
    static final long MAX_ZLIB_RATIO = 1032;

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private ByteBuffer window;
    private long windowStart;
    private int windowLength;
    private Inflater inflater;
    private ByteBuffer inflated;

    IbdFile(Path file) throws SpectralFileException {
        this.file = file;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            this.size = channel.size();
        } catch (IOException e) {
            throw new SpectralFileException(file, "ibd", "cannot be opened: " + e.getMessage(), e);
        }
        this.window = ByteBuffer.allocateDirect((int) Math.min(WINDOW, Math.max(16, size)))
                .order(ByteOrder.LITTLE_ENDIAN);
        this.windowStart = -1;
    }

    long size() {
        return size;
    }

    /**
     * Checks that {@code length} values of {@code type} at {@code offset} lie inside the file; the field named in the
     * error is "spectrum {@code spectrum} {@code array}" (built only on failure: this runs twice per spectrum).
     */
    void checkRange(int spectrum, String array, long offset, long length, BinaryType type)
            throws SpectralFileException {
        long bytes = length * type.bytes();
        if (offset < 0 || offset > size || bytes > size - offset) {
            throw new SpectralFileException(file, "spectrum " + spectrum + " " + array, String.format(Locale.ROOT,
                    "expected bytes %,d to %,d (%,d values of %s) inside the .ibd file of %,d bytes", offset,
                    offset + bytes, length, type, size));
        }
    }

    /**
     * Checks both arrays of spectrum {@code s}: inside the file, and for a zlib stream a claimed length it can
     * decode to (at most {@value #MAX_ZLIB_RATIO} times the stream, and at most one Java array).
     */
    void checkArrays(ImzmlIndex index, int s) throws SpectralFileException {
        checkArray(s, "m/z array", index.mzOffset(s), index.mzLength(s), index.mzType(s), index.mzEncodedLength(s));
        checkArray(s, "intensity array", index.intensityOffset(s), index.intensityLength(s), index.intensityType(s),
                index.intensityEncodedLength(s));
    }

    private void checkArray(int s, String array, long offset, int length, BinaryType type, long encoded)
            throws SpectralFileException {
        if (encoded < 0) {
            checkRange(s, array, offset, length, type);
            return;
        }
        long bytes = (long) length * type.bytes();
        if (offset < 0 || offset > size || encoded > size - offset) {
            throw new SpectralFileException(file, "spectrum " + s + " " + array, String.format(Locale.ROOT,
                    "expected the zlib stream at bytes %,d to %,d (external encoded length %,d) inside the .ibd file "
                            + "of %,d bytes", offset, offset + encoded, encoded, size));
        }
        if (encoded > Integer.MAX_VALUE - 8) {
            throw new SpectralFileException(file, "spectrum " + s + " " + array, String.format(Locale.ROOT,
                    "expected an external encoded length of at most %,d bytes (one array), found %,d",
                    Integer.MAX_VALUE - 8, encoded));
        }
        if (bytes > Integer.MAX_VALUE - 8 || bytes > MAX_ZLIB_RATIO * encoded) {
            throw new SpectralFileException(file, "spectrum " + s + " " + array, String.format(Locale.ROOT,
                    "a zlib stream of %,d bytes cannot hold %,d values of %s (%,d bytes); expected an external array "
                            + "length of at most %,d", encoded, length, type, bytes,
                    Math.min(Integer.MAX_VALUE - 8, MAX_ZLIB_RATIO * encoded) / type.bytes()));
        }
    }

    /** Reads spectrum {@code s}'s intensity array as float32 into {@code dst[off …]}. */
    void intensities(ImzmlIndex index, int s, float[] dst, int off) throws SpectralFileException {
        int length = index.intensityLength(s);
        BinaryType type = index.intensityType(s);
        long encoded = index.intensityEncodedLength(s);
        ByteBuffer b = encoded < 0 ? view(index.intensityOffset(s), length * type.bytes())
                : inflate(s, "intensity array", index.intensityOffset(s), encoded, length, type);
        toFloats(b, length, type, dst, off);
    }

    /** Reads spectrum {@code s}'s m/z array as double into {@code dst[0 …]}. */
    void mz(ImzmlIndex index, int s, double[] dst) throws SpectralFileException {
        int length = index.mzLength(s);
        BinaryType type = index.mzType(s);
        long encoded = index.mzEncodedLength(s);
        ByteBuffer b = encoded < 0 ? view(index.mzOffset(s), length * type.bytes())
                : inflate(s, "m/z array", index.mzOffset(s), encoded, length, type);
        toDoubles(b, length, type, dst);
    }

    /**
     * The decoded bytes of the zlib stream at {@code offset}, which must be exactly {@code length} values of
     * {@code type}; the array was checked by {@link #checkArrays}.
     */
    private ByteBuffer inflate(int s, String array, long offset, long encoded, int length, BinaryType type)
            throws SpectralFileException {
        int bytes = length * type.bytes();
        ByteBuffer in = view(offset, (int) encoded);
        if (bytes == 0 && encoded == 0) {
            return in; // an empty array some writers store as no stream at all
        }
        if (inflater == null) {
            inflater = new Inflater();
        }
        if (inflated == null || inflated.capacity() < bytes + 1) {
            inflated = ByteBuffer.allocate(Math.max(bytes + 1, inflated == null ? 0 : 2 * inflated.capacity()))
                    .order(ByteOrder.LITTLE_ENDIAN);
        }
        inflated.clear();
        inflated.limit(bytes + 1); // one spare byte reveals a stream longer than claimed
        inflater.reset();
        inflater.setInput(in);
        String field = "spectrum " + s + " " + array;
        String claim = String.format(Locale.ROOT, "%,d bytes (%,d values of %s)", bytes, length, type);
        try {
            while (!inflater.finished()) {
                if (inflater.inflate(inflated) == 0) {
                    if (!inflated.hasRemaining()) {
                        break;
                    }
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        throw new SpectralFileException(file, field, String.format(Locale.ROOT, "the zlib stream "
                                + "of %,d bytes at byte %,d ends early after %,d decoded bytes; expected %s (a "
                                + "truncated stream or a wrong external encoded length)", encoded, offset,
                                inflated.position(), claim));
                    }
                }
            }
        } catch (DataFormatException e) {
            throw new SpectralFileException(file, field, String.format(Locale.ROOT, "corrupt zlib stream at byte "
                    + "%,d (%s); expected %,d bytes of zlib data decoding to %s", offset, oneLine(e.getMessage()),
                    encoded, claim));
        }
        if (inflated.position() != bytes) {
            throw new SpectralFileException(file, field, String.format(Locale.ROOT, "the zlib stream decodes to %s "
                    + "bytes; expected %s, the external array length", inflated.position() > bytes ? "more than "
                    + String.format(Locale.ROOT, "%,d", bytes) : String.format(Locale.ROOT, "%,d",
                    inflated.position()), claim));
        }
        inflated.flip();
        return inflated;
    }

    private static String oneLine(String message) {
        return message == null ? "invalid data" : message.replaceAll("\\s+", " ");
    }

    /** The buffer holding bytes {@code [offset, offset + bytes)}, positioned at {@code offset}. */
    private ByteBuffer view(long offset, int bytes) throws SpectralFileException {
        if (offset < 0 || bytes < 0 || offset > size - bytes) {
            // the ranges were checked against the file, possibly through another instance: it is shorter now
            throw new SpectralFileException(file, "ibd", String.format(java.util.Locale.ROOT, "expected bytes %,d to "
                    + "%,d inside the file, found only %,d bytes (the file shrank while being read)", offset,
                    offset + bytes, size));
        }
        if (windowStart < 0 || offset < windowStart || offset + bytes > windowStart + windowLength) {
            if (bytes > window.capacity()) {
                window = ByteBuffer.allocateDirect(bytes).order(ByteOrder.LITTLE_ENDIAN);
            }
            int len = (int) Math.min(window.capacity(), size - offset);
            window.clear();
            window.limit(len);
            try {
                while (window.hasRemaining()) {
                    if (channel.read(window, offset + window.position()) < 0) {
                        throw new SpectralFileException(file, "ibd", "expected " + (offset + len) + " bytes, found "
                                + (offset + window.position()) + " (the file shrank while being read)");
                    }
                }
            } catch (SpectralFileException e) {
                throw e;
            } catch (IOException e) {
                throw new SpectralFileException(file, "ibd", "read failed at byte " + offset + ": " + e.getMessage(), e);
            }
            windowStart = offset;
            windowLength = len;
        }
        ByteBuffer b = window.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        b.limit((int) (offset - windowStart) + bytes);
        b.position((int) (offset - windowStart));
        return b;
    }

    /** Reads {@code length} values at {@code offset} as float32 into {@code dst[off …]}. */
    void readFloats(long offset, int length, BinaryType type, float[] dst, int off) throws SpectralFileException {
        toFloats(view(offset, length * type.bytes()), length, type, dst, off);
    }

    /** Converts {@code length} little-endian values of {@code type} from {@code b} to float32. */
    private static void toFloats(ByteBuffer b, int length, BinaryType type, float[] dst, int off) {
        switch (type) {
            case FLOAT32:
                b.slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(dst, off, length);
                break;
            case FLOAT64:
                for (int i = 0; i < length; i++) {
                    dst[off + i] = (float) b.getDouble();
                }
                break;
            case INT32:
                for (int i = 0; i < length; i++) {
                    dst[off + i] = b.getInt();
                }
                break;
            default:
                for (int i = 0; i < length; i++) {
                    dst[off + i] = b.getLong();
                }
                break;
        }
    }

    /** Reads {@code length} values at {@code offset} as double into {@code dst[0 …]}. */
    void readDoubles(long offset, int length, BinaryType type, double[] dst) throws SpectralFileException {
        toDoubles(view(offset, length * type.bytes()), length, type, dst);
    }

    /** Converts {@code length} little-endian values of {@code type} from {@code b} to double. */
    private static void toDoubles(ByteBuffer b, int length, BinaryType type, double[] dst) {
        switch (type) {
            case FLOAT32:
                for (int i = 0; i < length; i++) {
                    dst[i] = b.getFloat();
                }
                break;
            case FLOAT64:
                b.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(dst, 0, length);
                break;
            case INT32:
                for (int i = 0; i < length; i++) {
                    dst[i] = b.getInt();
                }
                break;
            default:
                for (int i = 0; i < length; i++) {
                    dst[i] = b.getLong();
                }
                break;
        }
    }

    /** The value at index {@code i} of the array at {@code offset}. */
    double readOne(long offset, int i, BinaryType type) throws SpectralFileException {
        double[] one = new double[1];
        readDoubles(offset + (long) i * type.bytes(), 1, type, one);
        return one[0];
    }

    /** The first 16 bytes (the UUID). */
    byte[] head() throws SpectralFileException {
        if (size < 16) {
            throw new SpectralFileException(file, "ibd UUID", "expected at least 16 bytes (the UUID), found " + size);
        }
        ByteBuffer b = view(0, 16);
        byte[] u = new byte[16];
        b.get(u);
        return u;
    }

    @Override
    public void close() throws IOException {
        if (inflater != null) {
            inflater.end();
        }
        channel.close();
    }
}
