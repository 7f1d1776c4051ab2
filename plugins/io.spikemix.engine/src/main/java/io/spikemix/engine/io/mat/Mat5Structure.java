package io.spikemix.engine.io.mat;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import io.spikemix.engine.io.SpectralFileException;

/**
 * Walks the tagged data elements of a MATLAB level-5 file before the MFL library parses it, to refuse what MFL
 * would mishandle: elements that declare more bytes than the file (or their enclosing array) holds, arrays nested
 * more than {@value #MAX_DEPTH} deep (MFL recurses once per level and overflows the stack on thousands), and
 * compressed elements whose zlib stream is cut short (MFL reads those silently; scipy refuses them).
 *
 * <p>Streaming and read-only: numeric data are skipped (compressed data are inflated once, without being kept), so
 * memory is a few buffers and time is one pass over the file.
 */
final class Mat5Structure {

    /** Deepest nesting of arrays (cells, structs, objects) accepted; real files nest a handful of levels. */
    static final int MAX_DEPTH = 64;

    static final int MI_MATRIX = 14;
    static final int MI_COMPRESSED = 15;
    static final int HEADER_BYTES = 128;

    private final Path file;
    private final ByteOrder order;

    private Mat5Structure(Path file, ByteOrder order) {
        this.file = file;
        this.order = order;
    }

    /**
     * Checks the element structure of a level-5 file.
     *
     * @throws SpectralFileException naming the byte offset of the first element at fault
     */
    static void check(Path file) throws SpectralFileException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long length = Files.size(file);
            byte[] header = raw.readNBytes(HEADER_BYTES);
            if (header.length < HEADER_BYTES) {
                return; // MatReader reports a short header itself
            }
            ByteOrder order = header[126] == 'M' && header[127] == 'I' ? ByteOrder.BIG_ENDIAN
                    : ByteOrder.LITTLE_ENDIAN;
            new Mat5Structure(file, order).elements(new Counting(raw, HEADER_BYTES), length, 0, false);
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(file, "MATLAB 5", "cannot be read: " + SpectralFileException.reason(e), e);
        }
    }

    /**
     * Walks the elements from the stream's position up to {@code end} (an absolute position), or, for the content
     * of a compressed element ({@code untilEof}), up to the end of the stream.
     */
    private void elements(Counting in, long end, int depth, boolean untilEof) throws IOException {
        byte[] tag = new byte[8];
        while (untilEof || in.position < end) {
            long at = in.position;
            int got = in.readNBytes(tag, 0, 8);
            if (got == 0 && untilEof) {
                return;
            }
            if (got < 8) {
                if (!untilEof && depth == 0 && end - at < 8) {
                    return; // a few bytes of trailing padding after the last element
                }
                throw refuse(at, "the element tag is cut short; the file is truncated");
            }
            ByteBuffer b = ByteBuffer.wrap(tag).order(order);
            int first = b.getInt();
            if ((first >>> 16) != 0) {
                continue; // small element: type, size and up to 4 bytes of data in the 8-byte tag
            }
            int type = first;
            long size = b.getInt() & 0xFFFF_FFFFL;
            long padded = padded(type, size);
            if (size > Integer.MAX_VALUE - 8) {
                // MFL prints a warning to stderr and fails on these; no MATLAB 5 writer produces them
                throw refuse(at, "the element declares " + size + " bytes; MATLAB 5 elements are limited to 2 GiB "
                        + "(larger variables need -v7.3)");
            }
            if (!untilEof && in.position + size > end) {
                throw refuse(at, "the element declares " + size + " bytes but only " + (end - in.position)
                        + (depth == 0 ? " remain in the file; the file is truncated" : " remain in its enclosing array"));
            }
            if (type == MI_MATRIX) {
                if (depth >= MAX_DEPTH) {
                    throw refuse(at, "expected arrays nested at most " + MAX_DEPTH + " deep (cells in cells, structs)");
                }
                elements(in, in.position + size, depth + 1, false);
            } else if (type == MI_COMPRESSED) {
                compressed(in, at, size, depth);
            } else {
                in.skip(untilEof ? padded : Math.min(padded, end - in.position), at);
            }
        }
    }

    /** Bytes an element's data take in the file: arrays and compressed elements exactly, others padded to 8. */
    static long padded(int type, long size) {
        return type == MI_MATRIX || type == MI_COMPRESSED ? size : (size + 7) / 8 * 8;
    }

    private void compressed(Counting in, long at, long size, int depth) throws IOException {
        long after = in.position + size;
        Inflater inflater = new Inflater();
        try {
            InputStream z = new InflaterInputStream(new Bounded(in, size), inflater, 1 << 16);
            elements(new Counting(z, 0), -1, depth, true);
            if (!inflater.finished()) {
                throw refuse(at, "the compressed element's zlib stream does not end; the data are incomplete");
            }
        } catch (EOFException e) {
            throw refuse(at, "the compressed element's zlib stream is cut short (unterminated); the data are incomplete");
        } catch (ZipException e) {
            throw refuse(at, "the compressed element cannot be inflated: " + SpectralFileException.reason(e));
        } finally {
            inflater.end();
        }
        in.skip(after - in.position, at);
    }

    private SpectralFileException refuse(long at, String problem) {
        return new SpectralFileException(file, "element at byte " + at, problem);
    }

    /** Counts the bytes read, for offsets in messages and element bounds. */
    private static final class Counting extends FilterInputStream {
        long position;

        Counting(InputStream in, long start) {
            super(in);
            this.position = start;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                position++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        /** Skips exactly {@code n} bytes; an early end of the data is an {@link EOFException}. */
        void skip(long n, long elementAt) throws IOException {
            long left = n;
            byte[] sink = null;
            while (left > 0) {
                long s = in.skip(left);
                if (s <= 0) {
                    // InflaterInputStream and short files: read to make progress or see the end
                    sink = sink == null ? new byte[8192] : sink;
                    int r = in.read(sink, 0, (int) Math.min(sink.length, left));
                    if (r < 0) {
                        throw new EOFException("element at byte " + elementAt + " ends early");
                    }
                    s = r;
                }
                left -= s;
                position += s;
            }
        }
    }

    /** At most {@code limit} bytes of the underlying stream: the compressed bytes of one element. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = in.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
