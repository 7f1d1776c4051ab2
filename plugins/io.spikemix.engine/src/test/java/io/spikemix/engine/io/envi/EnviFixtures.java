package io.spikemix.engine.io.envi;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes ENVI test images byte by byte with {@link ByteBuffer}, independently of the reader, and knows the float
 * each stored value must read as.
 */
final class EnviFixtures {

    private EnviFixtures() {
    }

    /** A random value representable in the type (as a long bit pattern or double), per type. */
    static long randomRaw(EnviDataType type, SplittableRandom rnd) {
        switch (type) {
            case UINT8:
                return rnd.nextInt(256);
            case INT16:
                return rnd.nextInt(65536) - 32768;
            case UINT16:
                return rnd.nextInt(65536);
            case INT32:
                return rnd.nextInt();
            case UINT32:
                return rnd.nextLong(1L << 32);
            case INT64:
            case UINT64:
                return rnd.nextLong();
            case FLOAT32:
                return Float.floatToIntBits((float) (rnd.nextGaussian() * 100));
            case FLOAT64:
                return Double.doubleToLongBits(rnd.nextGaussian() * 1e5);
            default:
                throw new IllegalArgumentException(type.toString());
        }
    }

    /** The float32 a stored value must become, computed without the reader's code. */
    static float expected(EnviDataType type, long raw) {
        switch (type) {
            case FLOAT32:
                return Float.intBitsToFloat((int) raw);
            case FLOAT64:
                return (float) Double.longBitsToDouble(raw);
            case UINT64:
                return new BigInteger(Long.toUnsignedString(raw)).floatValue();
            default:
                return new BigInteger(Long.toString(raw)).floatValue();
        }
    }

    static void put(ByteBuffer b, EnviDataType type, long raw) {
        switch (type.bytes()) {
            case 1:
                b.put((byte) raw);
                break;
            case 2:
                b.putShort((short) raw);
                break;
            case 4:
                b.putInt((int) raw);
                break;
            default:
                b.putLong(raw);
                break;
        }
    }

    /**
     * Writes {@code raw[y][x][b]} as {@code base.img} plus {@code base.hdr} and returns the header path.
     *
     * @param extraHeader lines appended to the header (e.g. wavelengths), may be empty
     */
    static Path write(Path dir, String base, long[][][] raw, EnviDataType type, EnviInterleave il, ByteOrder order,
            int headerOffset, String extraHeader) throws IOException {
        int h = raw.length;
        int w = raw[0].length;
        int nb = raw[0][0].length;
        ByteBuffer buf = ByteBuffer.allocate(headerOffset + h * w * nb * type.bytes()).order(order);
        for (int i = 0; i < headerOffset; i++) {
            buf.put((byte) 0x7F);
        }
        switch (il) {
            case BSQ:
                for (int b = 0; b < nb; b++) {
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            put(buf, type, raw[y][x][b]);
                        }
                    }
                }
                break;
            case BIL:
                for (int y = 0; y < h; y++) {
                    for (int b = 0; b < nb; b++) {
                        for (int x = 0; x < w; x++) {
                            put(buf, type, raw[y][x][b]);
                        }
                    }
                }
                break;
            default:
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        for (int b = 0; b < nb; b++) {
                            put(buf, type, raw[y][x][b]);
                        }
                    }
                }
                break;
        }
        Files.write(dir.resolve(base + ".img"), buf.array());
        String hdr = "ENVI\n; written by a test\nsamples = " + w + "\nlines   = " + h + "\nbands = " + nb
                + "\nheader offset = " + headerOffset + "\ndata type = " + type.code() + "\ninterleave = "
                + il.name().toLowerCase() + "\nbyte order = " + (order == ByteOrder.BIG_ENDIAN ? 1 : 0) + "\n"
                + extraHeader;
        Path p = dir.resolve(base + ".hdr");
        Files.writeString(p, hdr, StandardCharsets.UTF_8);
        return p;
    }

    static long[][][] randomCube(int h, int w, int nb, EnviDataType type, SplittableRandom rnd) {
        long[][][] raw = new long[h][w][nb];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < nb; b++) {
                    raw[y][x][b] = randomRaw(type, rnd);
                }
            }
        }
        return raw;
    }
}
