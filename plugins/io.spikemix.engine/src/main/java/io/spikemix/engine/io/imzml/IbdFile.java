package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.SpectralFileException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Random access to the arrays of an imzML binary (.ibd) file through one sliding read window.
 *
 * <p>Spectra are normally stored one after another, so a window of {@value #WINDOW} bytes turns the many small
 * array reads into few large sequential reads. Every range is checked against the file size first, so an offset or
 * length pointing outside the file gives a {@link SpectralFileException}, not garbage. Values are little endian.
 */
final class IbdFile implements Closeable {

    static final int WINDOW = 8 << 20;

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private ByteBuffer window;
    private long windowStart;
    private int windowLength;

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
            throw new SpectralFileException(file, "spectrum " + spectrum + " " + array, String.format(
                    java.util.Locale.ROOT, "expected bytes %,d to %,d (%,d values of %s) inside the .ibd file of %,d "
                            + "bytes", offset, offset + bytes, length, type, size));
        }
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
        ByteBuffer b = view(offset, length * type.bytes());
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
        ByteBuffer b = view(offset, length * type.bytes());
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
        channel.close();
    }
}
