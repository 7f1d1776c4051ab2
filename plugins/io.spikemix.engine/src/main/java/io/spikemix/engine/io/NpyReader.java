package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0) holding spectra: a 2-D array N × d (pixels ×
 * features, read as a {@link SpectralCube#table table}) or a 3-D array H × W × B (an image, read as a
 * {@link SpectralCube#full full cube} with pixel (y, x) = element [y, x, :]). The band axis is
 * {@link BandAxis#indices(int)}, as a {@code .npy} file carries no wavelengths.
 *
 * <p>Element types f4, f8, i1, i2, i4, i8, u1, u2, u4, u8 in either byte order, in C (row-major) or Fortran
 * (column-major) order; values are converted to float32 (f8 and 64-bit integers are rounded to the nearest float).
 * Non-finite values are read as they are; normalization and fitting decide what to do with them.
 *
 * <p>The declared size is checked against the file length and the Java heap before anything is allocated. The data
 * are read sequentially in large chunks through a {@link FileChannel} and converted straight into the matrix blocks,
 * so the cube is copied once. C order is one pass in file order; Fortran order is read in tiles of pixels (one read
 * per band and tile) and transposed into the rows. Time O(N·d), extra memory about 8 MiB of buffers (C order) or
 * 8 MiB plus the tile's floats (Fortran order).
 */
public final class NpyReader {

    static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };

    /** Larger headers are certainly corrupt; NumPy writes a few hundred bytes. */
    private static final int MAX_HEADER_BYTES = 1 << 20;

    private static final int CHUNK_BYTES = 8 << 20;

    private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

    private NpyReader() {
    }

    /** {@link #read(Path, ProgressMonitor)} without progress reporting. */
    public static SpectralCube read(Path file) throws SpectralFileException {
        try {
            return read(file, ProgressMonitor.NONE);
        } catch (CanceledException e) {
            throw new IllegalStateException("a monitor that never cancels cancelled", e);
        }
    }

    /**
     * Reads a 2-D or 3-D array of spectra.
     *
     * @throws SpectralFileException naming the file, the field and the expectation when the file is not a readable
     *                               {@code .npy} array of spectra (bad magic, malformed header, unsupported dtype,
     *                               wrong rank, size not matching the file, too large for the heap)
     */
    public static SpectralCube read(Path file, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        return read(file, monitor, SpectralMatrix.MAX_BLOCK_VALUES, CHUNK_BYTES);
    }

    /** With explicit storage block and read chunk sizes, so tests reach the multi-block and chunk-boundary paths. */
    static SpectralCube read(Path file, ProgressMonitor monitor, int maxBlockValues, int chunkBytes)
            throws SpectralFileException, CanceledException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader h = readHeader(file, ch);
            long[] shape = h.shape();
            if (shape.length != 2 && shape.length != 3) {
                throw new SpectralFileException(file, "header 'shape'", "expected 2 dimensions (pixels, features) or "
                        + "3 (height, width, bands), found " + shape.length + ": " + h.shapeString());
            }
            for (int i = 0; i < shape.length; i++) {
                if (shape[i] < 1) {
                    throw new SpectralFileException(file, "header 'shape'", "dimension " + i + " of " + h.shapeString()
                            + " is " + shape[i] + "; expected at least one pixel and one band");
                }
            }
            checkDataSize(file, ch.size(), h);
            long height = shape[0];
            long width = shape.length == 3 ? shape[1] : 1;
            long bands = shape[shape.length - 1];
            long pixels = height * width;
            if (pixels > Integer.MAX_VALUE) {
                throw new SpectralFileException(file, "header 'shape'", String.format(Locale.ROOT,
                        "%s has %,d pixels; at most %,d are supported", h.shapeString(), pixels, Integer.MAX_VALUE));
            }
            if (bands > SpectralMatrix.MAX_BLOCK_VALUES) {
                throw new SpectralFileException(file, "header 'shape'", String.format(Locale.ROOT,
                        "%s has %,d bands; at most %,d are supported", h.shapeString(), bands, SpectralMatrix.MAX_BLOCK_VALUES));
            }
            checkHeap(file, pixels * bands);
            SpectralMatrix m = SpectralMatrix.allocate((int) pixels, (int) bands, Math.max((int) bands, maxBlockValues));
            readData(file, ch, h, m, (int) height, (int) width, chunkBytes, monitor);
            BandAxis axis = BandAxis.indices((int) bands);
            return shape.length == 2 ? SpectralCube.table(m, axis) : SpectralCube.full((int) height, (int) width, m, axis);
        } catch (NoSuchFileException e) {
            throw new SpectralFileException(file, null, "file not found");
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(file, null, "cannot be read: " + SpectralFileException.reason(e), e);
        }
    }

    /**
     * Reads and validates only the header (magic, version, header dict); the data size is not checked.
     *
     * @throws SpectralFileException when the header is not a valid {@code .npy} header of a supported dtype
     */
    public static NpyHeader readHeader(Path file) throws SpectralFileException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(file, ch);
        } catch (NoSuchFileException e) {
            throw new SpectralFileException(file, null, "file not found");
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(file, null, "cannot be read: " + SpectralFileException.reason(e), e);
        }
    }

    private static NpyHeader readHeader(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, pre, 0);
        pre.flip();
        int n = pre.limit();
        for (int i = 0; i < MAGIC.length; i++) {
            if (i >= n || pre.get(i) != MAGIC[i]) {
                throw new SpectralFileException(file, "magic", size == 0 ? "the file is empty; expected a NumPy .npy "
                        + "file starting with \\x93NUMPY" : "expected the NumPy magic string \\x93NUMPY at byte 0; this "
                        + "is not a .npy file");
            }
        }
        if (n < 8) {
            throw truncatedHeader(file, size);
        }
        int major = pre.get(6) & 0xFF;
        int minor = pre.get(7) & 0xFF;
        if (major < 1 || major > 3 || minor != 0) {
            throw new SpectralFileException(file, "version", "format version " + major + "." + minor
                    + " is not supported; expected 1.0, 2.0 or 3.0");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        long prefix = 8 + lengthBytes;
        if (n < prefix) {
            throw truncatedHeader(file, size);
        }
        long headerLen = major == 1 ? pre.getShort(8) & 0xFFFF : pre.getInt(8) & 0xFFFFFFFFL;
        if (prefix + headerLen > size) {
            throw new SpectralFileException(file, "header length", String.format(Locale.ROOT,
                    "declares a %,d-byte header after byte %d, but the file has only %,d bytes", headerLen, prefix, size));
        }
        if (headerLen > MAX_HEADER_BYTES) {
            throw new SpectralFileException(file, "header length", String.format(Locale.ROOT,
                    "declares a %,d-byte header; expected at most %,d bytes", headerLen, MAX_HEADER_BYTES));
        }
        ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
        readFully(ch, hb, prefix);
        String text = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict = NpyHeaderParser.parseDict(file, text);
        for (String key : KEYS) {
            if (!dict.containsKey(key)) {
                throw new SpectralFileException(file, "header '" + key + "'", "missing; a .npy header needs the keys "
                        + "'descr', 'fortran_order' and 'shape'");
            }
        }
        for (String key : dict.keySet()) {
            if (!KEYS.contains(key)) {
                throw new SpectralFileException(file, "header '" + key + "'", "unexpected key; a .npy header has "
                        + "exactly the keys 'descr', 'fortran_order' and 'shape'");
            }
        }
        Object descr = dict.get("descr");
        if (!(descr instanceof String)) {
            throw new SpectralFileException(file, "header 'descr'", "expected a type string such as '<f4', found "
                    + describe(descr) + " (structured arrays are not supported)");
        }
        NpyDtype dtype;
        try {
            dtype = NpyDtype.parse((String) descr);
        } catch (IllegalArgumentException e) {
            throw new SpectralFileException(file, "header 'descr'", e.getMessage());
        }
        Object fortran = dict.get("fortran_order");
        if (!(fortran instanceof Boolean)) {
            throw new SpectralFileException(file, "header 'fortran_order'", "expected True or False, found " + describe(fortran));
        }
        Object shapeValue = dict.get("shape");
        if (!(shapeValue instanceof List)) {
            throw new SpectralFileException(file, "header 'shape'", "expected a tuple of integers, found " + describe(shapeValue));
        }
        List<?> list = (List<?>) shapeValue;
        long[] shape = new long[list.size()];
        for (int i = 0; i < shape.length; i++) {
            Object v = list.get(i);
            if (!(v instanceof Long) || (Long) v < 0) {
                throw new SpectralFileException(file, "header 'shape'", "expected non-negative integers, found "
                        + describe(v) + " at position " + i);
            }
            shape[i] = (Long) v;
        }
        return new NpyHeader(dtype, (Boolean) fortran, shape, prefix + headerLen);
    }

    private static void checkDataSize(Path file, long fileSize, NpyHeader h) throws SpectralFileException {
        long expected;
        try {
            expected = h.dataBytes();
        } catch (ArithmeticException e) {
            throw new SpectralFileException(file, "header 'shape'", h.shapeString() + " of " + h.dtype()
                    + " declares more than 2^63 bytes of data; the header is corrupt");
        }
        long actual = fileSize - h.dataOffset();
        if (actual < expected) {
            throw new SpectralFileException(file, "data", String.format(Locale.ROOT,
                    "truncated: shape %s of %s needs %,d bytes after the %,d-byte header, but the file has %,d",
                    h.shapeString(), h.dtype(), expected, h.dataOffset(), actual));
        }
        if (actual > expected) {
            throw new SpectralFileException(file, "data", String.format(Locale.ROOT,
                    "shape %s of %s needs %,d bytes after the %,d-byte header, but the file has %,d (%,d extra); the "
                            + "header 'shape' or 'descr' does not match the data",
                    h.shapeString(), h.dtype(), expected, h.dataOffset(), actual, actual - expected));
        }
    }

    private static void checkHeap(Path file, long values) throws SpectralFileException {
        long need = values * Float.BYTES;
        long max = Runtime.getRuntime().maxMemory();
        if (need > max) {
            throw new SpectralFileException(file, "header 'shape'", String.format(Locale.ROOT,
                    "the array needs %,d MB as float32 but Java may use at most %,d MB; start Java with a larger -Xmx "
                            + "(SPIKEMIX_JAVA_OPTS for the command line)", need >> 20, max >> 20));
        }
    }

    private static void readData(Path file, FileChannel ch, NpyHeader h, SpectralMatrix m, int height, int width,
            int chunkBytes, ProgressMonitor monitor) throws IOException, CanceledException {
        if (h.fortranOrder()) {
            readFortran(file, ch, h, m, height, width, chunkBytes, monitor);
            return;
        }
        NpyDtype t = h.dtype();
        int size = t.size();
        long total = h.elementCount();
        int bands = m.cols();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(chunkBytes / 8 * 8, Math.max(size, total * size))).order(t.order());
        long pos = h.dataOffset();
        long done = 0;
        while (done < total) {
            report(monitor, file, done, total);
            int count = (int) Math.min(buf.capacity() / size, total - done);
            buf.clear().limit(count * size);
            readChunk(file, ch, buf, pos);
            pos += (long) count * size;
            // C order is the matrix's own layout: decode straight into the storage blocks
            long k = done;
            int left = count;
            while (left > 0) {
                int row = (int) (k / bands);
                float[] block = m.blockOf(row);
                int off = m.offsetOf(row) + (int) (k % bands);
                int len = Math.min(left, block.length - off);
                decode(buf, t, block, off, len);
                k += len;
                left -= len;
            }
            done += count;
        }
        monitor.setProgress(1.0, "Read " + file.getFileName());
    }

    /**
     * Fortran order stores element [y, x, b] at y + H·x + H·W·b: each band is one contiguous run over the pixels.
     * Writing those values one by one into pixel rows touches a new cache line per value, so the pixels are read in
     * tiles instead: for a tile of pixels, one read per band, then a transpose in which the source is B short
     * sequential streams and each destination row is written whole.
     */
    private static void readFortran(Path file, FileChannel ch, NpyHeader h, SpectralMatrix m, int height, int width,
            int chunkBytes, ProgressMonitor monitor) throws IOException, CanceledException {
        NpyDtype t = h.dtype();
        int size = t.size();
        int bands = m.cols();
        long pixels = (long) height * width;
        int tile = (int) Math.max(1, Math.min(pixels, chunkBytes / ((long) bands * size)));
        ByteBuffer buf = ByteBuffer.allocate(tile * size).order(t.order());
        float[] values = new float[tile * bands];
        for (long p0 = 0; p0 < pixels; p0 += tile) {
            report(monitor, file, p0 * bands, pixels * bands);
            int n = (int) Math.min(tile, pixels - p0);
            for (int b = 0; b < bands; b++) {
                buf.clear().limit(n * size);
                readChunk(file, ch, buf, h.dataOffset() + ((long) b * pixels + p0) * size);
                decode(buf, t, values, b * n, n);
            }
            for (int i = 0; i < n; i++) {
                long pf = p0 + i;
                int row = (int) (pf % height) * width + (int) (pf / height);
                float[] block = m.blockOf(row);
                int off = m.offsetOf(row);
                for (int b = 0, src = i; b < bands; b++, src += n) {
                    block[off + b] = values[src];
                }
            }
        }
        monitor.setProgress(1.0, "Read " + file.getFileName());
    }

    private static void report(ProgressMonitor monitor, Path file, long done, long total) throws CanceledException {
        monitor.checkCanceled();
        monitor.setProgress((double) done / total, () -> String.format(Locale.ROOT, "Reading %s: %,d of %,d values",
                file.getFileName(), done, total));
    }

    /** Fills the buffer from {@code pos} and flips it; the size was checked, so a short read means the file shrank. */
    private static void readChunk(Path file, FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        int want = buf.remaining();
        if (readFully(ch, buf, pos) < want) {
            throw new SpectralFileException(file, "data", "the file became shorter while it was read");
        }
        buf.flip();
    }

    /** Converts {@code len} elements at the buffer's position to float, advancing the position. */
    static void decode(ByteBuffer src, NpyDtype t, float[] dst, int off, int len) {
        int end = off + len;
        switch (t.kind() + "" + t.size()) {
            case "f4":
                src.asFloatBuffer().get(dst, off, len);
                src.position(src.position() + len * Float.BYTES);
                break;
            case "f8":
                for (int i = off; i < end; i++) {
                    dst[i] = (float) src.getDouble();
                }
                break;
            case "i1":
                for (int i = off; i < end; i++) {
                    dst[i] = src.get();
                }
                break;
            case "u1":
                for (int i = off; i < end; i++) {
                    dst[i] = src.get() & 0xFF;
                }
                break;
            case "i2":
                for (int i = off; i < end; i++) {
                    dst[i] = src.getShort();
                }
                break;
            case "u2":
                for (int i = off; i < end; i++) {
                    dst[i] = src.getShort() & 0xFFFF;
                }
                break;
            case "i4":
                for (int i = off; i < end; i++) {
                    dst[i] = src.getInt();
                }
                break;
            case "u4":
                for (int i = off; i < end; i++) {
                    dst[i] = src.getInt() & 0xFFFFFFFFL;
                }
                break;
            case "i8":
                for (int i = off; i < end; i++) {
                    dst[i] = src.getLong();
                }
                break;
            case "u8":
                for (int i = off; i < end; i++) {
                    long v = src.getLong();
                    // unsigned: halve (keeping the low bit) so the value fits a signed long, then double it back
                    dst[i] = v >= 0 ? v : (float) (((v >>> 1) | (v & 1)) * 2.0);
                }
                break;
            default:
                throw new IllegalStateException("dtype " + t + " passed validation but has no decoder");
        }
    }

    /** Reads until the buffer is full or the file ends; returns the bytes read. */
    private static int readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static SpectralFileException truncatedHeader(Path file, long size) {
        return new SpectralFileException(file, "header length", "the file ends after " + size + " bytes, inside the "
                + ".npy preamble; the file is truncated");
    }

    private static String describe(Object v) {
        if (v instanceof String) {
            return "'" + v + "'";
        }
        if (v instanceof List) {
            return "a list or tuple " + v;
        }
        if (v instanceof Map) {
            return "a dictionary";
        }
        return String.valueOf(v);
    }
}
