package io.spikemix.spark;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import io.spikemix.engine.io.NpyDtype;
import io.spikemix.engine.io.NpyHeader;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.io.SpectralFileException;

/**
 * A NumPy {@code .npy} cube on any Hadoop file system (local, HDFS, S3 through the user's Hadoop configuration),
 * read as {@link PixelBlock}s by byte ranges: every task seeks to its blocks' first byte and reads only their rows.
 *
 * <p>The header is read and checked on the driver with the engine's own parser ({@link NpyReader#readHeader}), so a
 * bad file fails with the engine's message before any job starts. Values are converted to float32 as the engine's
 * reader converts them (f8 and 64-bit integers rounded to the nearest float). C order only: a Fortran-order file
 * has no contiguous byte range per pixel.
 */
public final class NpyDataset implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAGIC_AND_LENGTH = 12;

    private final String path;
    private final String descr;
    private final long dataOffset;
    private final int height;
    private final int width;
    private final int bands;

    private NpyDataset(String path, String descr, long dataOffset, int height, int width, int bands) {
        this.path = path;
        this.descr = descr;
        this.dataOffset = dataOffset;
        this.height = height;
        this.width = width;
        this.bands = bands;
    }

    /**
     * Reads and checks the header of {@code path} on the driver.
     *
     * @throws SparkInputException naming the path and the field when the file is missing, unreadable, not a 2-D
     *                             or 3-D C-order array of a supported type, or shorter than its header declares
     */
    public static NpyDataset open(String path, Configuration conf) throws SparkInputException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                throw new SparkInputException(path, null, "file not found");
            }
            FileStatus st = fs.getFileStatus(p);
            if (st.isDirectory()) {
                throw new SparkInputException(path, null, "is a directory; expected a .npy file");
            }
            NpyHeader h = header(fs, p, st.getLen(), path);
            long[] shape = h.shape();
            if (shape.length != 2 && shape.length != 3) {
                throw new SparkInputException(path, "header 'shape'", "expected 2 dimensions (pixels, features) or 3 "
                        + "(height, width, bands), found " + shape.length + ": " + h.shapeString());
            }
            for (long s : shape) {
                if (s < 1) {
                    throw new SparkInputException(path, "header 'shape'", "every dimension of " + h.shapeString()
                            + " must be at least 1");
                }
            }
            if (h.fortranOrder() && shape[shape.length - 1] > 1) {
                throw new SparkInputException(path, "header 'fortran_order'", "True; the Spark reader reads pixels by "
                        + "byte ranges and needs C order (save with numpy.ascontiguousarray)");
            }
            long pixels = shape[0] * (shape.length == 3 ? shape[1] : 1);
            long bands = shape[shape.length - 1];
            if (pixels > Integer.MAX_VALUE || bands > Integer.MAX_VALUE / BlockLayout.BLOCK_ROWS) {
                throw new SparkInputException(path, "header 'shape'", String.format(Locale.ROOT,
                        "%s is too large: at most %,d pixels and %,d bands are supported", h.shapeString(),
                        Integer.MAX_VALUE, Integer.MAX_VALUE / BlockLayout.BLOCK_ROWS));
            }
            long need = h.dataOffset() + h.dataBytes();
            if (st.getLen() < need) {
                throw new SparkInputException(path, "data", String.format(Locale.ROOT,
                        "the header declares %s (%,d bytes of data after byte %,d) but the file has only %,d bytes",
                        h.shapeString(), h.dataBytes(), h.dataOffset(), st.getLen()));
            }
            int height = shape.length == 3 ? (int) shape[0] : (int) pixels;
            int width = shape.length == 3 ? (int) shape[1] : 1;
            return new NpyDataset(path, h.dtype().descr(), h.dataOffset(), height, width, (int) bands);
        } catch (IOException e) {
            throw new SparkInputException(path, null, "cannot be read: " + SpectralFileException.reason(e));
        }
    }

    /** The header bytes copied to a local file, parsed by the engine's reader, errors re-worded with the real path. */
    private static NpyHeader header(FileSystem fs, org.apache.hadoop.fs.Path p, long size, String path)
            throws IOException, SparkInputException {
        byte[] pre = new byte[(int) Math.min(MAGIC_AND_LENGTH, size)];
        try (FSDataInputStream in = fs.open(p)) {
            in.readFully(0, pre);
            long headerEnd = pre.length;
            if (pre.length == MAGIC_AND_LENGTH && pre[6] >= 1 && pre[6] <= 3) {
                ByteBuffer b = ByteBuffer.wrap(pre).order(ByteOrder.LITTLE_ENDIAN);
                headerEnd = pre[6] == 1 ? 10 + (b.getShort(8) & 0xFFFF) : 12 + (b.getInt(8) & 0xFFFFFFFFL);
            }
            byte[] bytes = new byte[(int) Math.min(size, Math.min(headerEnd, (1 << 20) + MAGIC_AND_LENGTH))];
            in.readFully(0, bytes);
            Path local = Files.createTempFile("spikemix-npy-header", ".npy");
            try {
                Files.write(local, bytes);
                return NpyReader.readHeader(local);
            } catch (SpectralFileException e) {
                // the engine names the file it parsed, here a local copy of the header: name the user's path instead
                throw new SparkInputException(e.getMessage().replace(local.toString(), path));
            } finally {
                Files.deleteIfExists(local);
            }
        }
    }

    public String path() {
        return path;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** N = height × width. */
    public int pixels() {
        return height * width;
    }

    public int bands() {
        return bands;
    }

    /**
     * The pixels as blocks, one Spark partition per run of blocks in {@code layout}; each task reads its byte range
     * and nothing else. The RDD is not cached here.
     */
    public JavaRDD<PixelBlock> blocks(JavaSparkContext sc, BlockLayout layout) {
        return CubeDataset.of(List.of(this)).blocks(sc, layout);
    }

    /**
     * Reads rows {@code [row0, row0 + rows)} of this file (one contiguous byte range) into {@code dst} from
     * {@code dstOffset}, converted to float32.
     */
    void readRows(Configuration conf, int row0, int rows, float[] dst, int dstOffset) throws IOException {
        NpyDtype dtype = NpyDtype.parse(descr);
        long rowBytes = (long) bands * dtype.size();
        byte[] bytes = new byte[Math.toIntExact(rows * rowBytes)];
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
            in.seek(dataOffset + row0 * rowBytes);
            readFully(in, bytes);
        }
        float[] values = new float[rows * bands];
        convert(ByteBuffer.wrap(bytes).order(dtype.order()), dtype, values);
        System.arraycopy(values, 0, dst, dstOffset, values.length);
    }

    private static void readFully(InputStream in, byte[] dst) throws IOException {
        int off = 0;
        while (off < dst.length) {
            int n = in.read(dst, off, dst.length - off);
            if (n < 0) {
                throw new EOFException("the file ended early");
            }
            off += n;
        }
    }

    /** Converts to float32 like the engine's reader: integers and doubles rounded to the nearest float. */
    static void convert(ByteBuffer b, NpyDtype dtype, float[] dst) {
        char kind = dtype.kind();
        int size = dtype.size();
        for (int i = 0; i < dst.length; i++) {
            float v;
            if (kind == 'f') {
                v = size == 4 ? b.getFloat() : (float) b.getDouble();
            } else if (kind == 'i') {
                v = switch (size) {
                    case 1 -> b.get();
                    case 2 -> b.getShort();
                    case 4 -> b.getInt();
                    default -> b.getLong();
                };
            } else {
                v = switch (size) {
                    case 1 -> b.get() & 0xFF;
                    case 2 -> b.getShort() & 0xFFFF;
                    case 4 -> b.getInt() & 0xFFFFFFFFL;
                    default -> unsignedLongToFloat(b.getLong());
                };
            }
            dst[i] = v;
        }
    }

    private static float unsignedLongToFloat(long v) {
        // as the engine's reader: halve (keeping the low bit) so the value fits a signed long, then double it back
        return v >= 0 ? v : (float) (((v >>> 1) | (v & 1)) * 2.0);
    }
}
