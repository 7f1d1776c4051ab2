package io.spikemix.engine.io.envi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Converts the samples of one I/O buffer to float32, in bulk ({@link #decode}) or scattered with a stride
 * ({@link #scatter}, for the transposes of BSQ and BIL).
 *
 * <p>The typed views are made once for the whole buffer, so each call is a tight loop over a view (which the JIT
 * turns into plain loads with the byte order swap), never a per-value stream read. Unsigned types are widened;
 * 64-bit integers lose precision above 2^24 like every float32 conversion.
 */
final class SampleDecoder {

    private final EnviDataType type;
    private final ShortBuffer shorts;
    private final IntBuffer ints;
    private final LongBuffer longs;
    private final FloatBuffer floats;
    private final DoubleBuffer doubles;
    private final ByteBuffer bytes;

    SampleDecoder(ByteBuffer buffer, ByteOrder order, EnviDataType type) {
        this.type = type;
        ByteBuffer b = buffer.duplicate().order(order);
        b.clear();
        this.bytes = b;
        this.shorts = b.asShortBuffer();
        this.ints = b.asIntBuffer();
        this.longs = b.asLongBuffer();
        this.floats = b.asFloatBuffer();
        this.doubles = b.asDoubleBuffer();
    }

    /** Converts samples {@code [first, first + count)} of the buffer into {@code dst[off …]}. */
    void decode(int first, int count, float[] dst, int off) {
        if (type == EnviDataType.FLOAT32) {
            floats.get(first, dst, off, count);
        } else {
            scatter(first, count, dst, off, 1);
        }
    }

    /** Converts samples {@code [first, first + count)} into {@code dst[off], dst[off + stride], …}. */
    void scatter(int first, int count, float[] dst, int off, int stride) {
        int d = off;
        switch (type) {
            case UINT8:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = bytes.get(first + i) & 0xFF;
                }
                break;
            case INT16:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = shorts.get(first + i);
                }
                break;
            case UINT16:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = shorts.get(first + i) & 0xFFFF;
                }
                break;
            case INT32:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = ints.get(first + i);
                }
                break;
            case UINT32:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = ints.get(first + i) & 0xFFFFFFFFL;
                }
                break;
            case INT64:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = longs.get(first + i);
                }
                break;
            case UINT64:
                for (int i = 0; i < count; i++, d += stride) {
                    long v = longs.get(first + i);
                    // unsigned above 2^63: halve keeping the lost bit as a sticky bit (round to odd), so the
                    // single rounding to float is correct; doubling is exact
                    dst[d] = v >= 0 ? (float) v : (float) ((v >>> 1) | (v & 1)) * 2f;
                }
                break;
            case FLOAT32:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = floats.get(first + i);
                }
                break;
            case FLOAT64:
                for (int i = 0; i < count; i++, d += stride) {
                    dst[d] = (float) doubles.get(first + i);
                }
                break;
            default:
                throw new IllegalStateException("unhandled data type " + type);
        }
    }
}
