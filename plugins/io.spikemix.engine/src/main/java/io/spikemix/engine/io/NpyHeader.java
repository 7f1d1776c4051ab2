package io.spikemix.engine.io;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The parsed header of a NumPy {@code .npy} file: element type, memory order, shape and where the data start.
 *
 * @param dtype        the element type
 * @param fortranOrder true when the first axis varies fastest (column-major), false for C (row-major) order
 * @param shape        the array dimensions, each ≥ 0
 * @param dataOffset   byte offset of the first data byte (magic + version + length field + header dict)
 */
public record NpyHeader(NpyDtype dtype, boolean fortranOrder, long[] shape, long dataOffset) {

    public NpyHeader {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** Number of elements, the product of the shape; throws ArithmeticException beyond Long.MAX_VALUE. */
    public long elementCount() {
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    /** Number of data bytes the header declares; throws ArithmeticException beyond Long.MAX_VALUE. */
    public long dataBytes() {
        return Math.multiplyExact(elementCount(), dtype.size());
    }

    /** The shape as NumPy prints it, e.g. "(3, 4)" or "(5,)". */
    public String shapeString() {
        return formatShape(shape);
    }

    static String formatShape(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NpyHeader)) {
            return false;
        }
        NpyHeader h = (NpyHeader) o;
        return dtype.equals(h.dtype) && fortranOrder == h.fortranOrder && Arrays.equals(shape, h.shape) && dataOffset == h.dataOffset;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * dtype.hashCode() + Boolean.hashCode(fortranOrder)) + Arrays.hashCode(shape)) + Long.hashCode(dataOffset);
    }

    @Override
    public String toString() {
        return "NpyHeader[" + dtype.descr() + ", " + (fortranOrder ? "Fortran" : "C") + " order, shape " + shapeString()
                + ", data at byte " + dataOffset + "]";
    }
}
