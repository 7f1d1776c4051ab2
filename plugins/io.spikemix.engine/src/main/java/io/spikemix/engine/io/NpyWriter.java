package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Writes NumPy {@code .npy} files (format 1.0, or 2.0 when the header needs it): spectra as little-endian float32 in
 * C order, N × d for a matrix or a table, H × W × B for an image cube with masked pixels written as NaN; and
 * label maps or other integer arrays as little-endian int32, 1-D or 2-D.
 *
 * <p>Every file is written to a temporary file in the same folder and moved into place only when complete (see
 * {@link AtomicFiles}), so an error or cancellation never leaves partial output. Values are streamed through an 8 MiB
 * buffer; time O(values).
 */
public final class NpyWriter {

    private static final int CHUNK_BYTES = 8 << 20;

    /** NumPy pads the header so the data start at a multiple of 64 bytes. */
    private static final int ALIGNMENT = 64;

    private NpyWriter() {
    }

    /**
     * Writes a cube: H × W × B when it has an image shape (masked pixels as NaN), N × d when it is a table.
     */
    public static void write(Path file, SpectralCube cube, ProgressMonitor monitor) throws IOException, CanceledException {
        if (!cube.hasImageShape()) {
            write(file, cube.spectra(), monitor);
            return;
        }
        long[] shape = { cube.height(), cube.width(), cube.bandCount() };
        AtomicFiles.write(file, tmp -> writeRows(tmp, file, shape, cube.spectra(), cube, monitor));
    }

    /** Writes a matrix as an N × d float32 array. */
    public static void write(Path file, SpectralMatrix matrix, ProgressMonitor monitor) throws IOException, CanceledException {
        long[] shape = { matrix.rows(), matrix.cols() };
        AtomicFiles.write(file, tmp -> writeRows(tmp, file, shape, matrix, null, monitor));
    }

    /**
     * Writes an int32 array in C order, e.g. a label map of height × width.
     *
     * @param values row-major values, as many as the product of {@code shape}
     * @param shape  one or two dimensions
     */
    public static void writeInt32(Path file, int[] values, int... shape) throws IOException {
        if (shape.length < 1 || shape.length > 2) {
            throw new IllegalArgumentException("an int32 array must have 1 or 2 dimensions, got " + shape.length);
        }
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("dimensions must be >= 0, got " + Arrays.toString(shape));
            }
            n *= s;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, got " + values.length);
        }
        long[] longShape = Arrays.stream(shape).asLongStream().toArray();
        try {
            AtomicFiles.write(file, tmp -> {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    writeFully(ch, header(NpyDtype.INT32, longShape));
                    ByteBuffer buf = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
                    for (int i = 0; i < values.length; ) {
                        int len = Math.min(values.length - i, buf.capacity() / Integer.BYTES);
                        buf.clear();
                        buf.asIntBuffer().put(values, i, len);
                        buf.limit(len * Integer.BYTES);
                        writeFully(ch, buf);
                        i += len;
                    }
                }
            });
        } catch (CanceledException e) {
            throw new IllegalStateException("writing an int array cannot be cancelled", e);
        }
    }

    /** The complete preamble (magic, version, length, padded header dict) for a C-order array. */
    static ByteBuffer header(NpyDtype dtype, long[] shape) {
        String dict = "{'descr': '" + dtype.descr() + "', 'fortran_order': False, 'shape': " + NpyHeader.formatShape(shape) + ", }";
        int prefix = 10;
        int len = prefix + dict.length() + 1;
        int padded = (len + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        boolean v2 = padded - prefix > 0xFFFF;
        if (v2) {
            prefix = 12;
            len = prefix + dict.length() + 1;
            padded = (len + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        }
        String text = dict + " ".repeat(padded - len) + "\n";
        ByteBuffer b = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyReader.MAGIC).put((byte) (v2 ? 2 : 1)).put((byte) 0);
        if (v2) {
            b.putInt(text.length());
        } else {
            b.putShort((short) text.length());
        }
        b.put(text.getBytes(StandardCharsets.ISO_8859_1));
        return b.flip();
    }

    /**
     * Writes the rows of {@code m}; with a cube, walks all H × W pixels and writes NaN spectra for masked ones.
     */
    private static void writeRows(Path tmp, Path target, long[] shape, SpectralMatrix m, SpectralCube cube, ProgressMonitor monitor)
            throws IOException, CanceledException {
        int d = m.cols();
        int pixels = cube == null ? m.rows() : cube.pixelCount();
        float[] nanRow = null;
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, header(NpyDtype.FLOAT32, shape));
            ByteBuffer buf = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            FloatBuffer floats = buf.asFloatBuffer();
            int every = Math.max(1, Math.min(4096, (1 << 18) / d));
            int row = 0;
            for (int p = 0; p < pixels; p++) {
                if (p % every == 0) {
                    monitor.checkCanceled();
                    int done = p;
                    monitor.setProgress((double) p / pixels, () -> String.format(Locale.ROOT, "Writing %s: pixel %,d of %,d",
                            target.getFileName(), done + 1, pixels));
                }
                float[] src;
                int off;
                if (cube == null || (row < m.rows() && cube.pixelIndex(row) == p)) {
                    src = m.blockOf(row);
                    off = m.offsetOf(row);
                    row++;
                } else {
                    if (nanRow == null) {
                        nanRow = new float[d];
                        Arrays.fill(nanRow, Float.NaN);
                    }
                    src = nanRow;
                    off = 0;
                }
                int left = d;
                while (left > 0) {
                    if (!floats.hasRemaining()) {
                        flush(ch, buf, floats);
                    }
                    int len = Math.min(left, floats.remaining());
                    floats.put(src, off, len);
                    off += len;
                    left -= len;
                }
            }
            flush(ch, buf, floats);
            monitor.setProgress(1.0, "Wrote " + target.getFileName());
        }
    }

    private static void flush(FileChannel ch, ByteBuffer buf, FloatBuffer floats) throws IOException {
        buf.clear().limit(floats.position() * Float.BYTES);
        writeFully(ch, buf);
        floats.clear();
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
