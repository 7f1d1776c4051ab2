package io.spikemix.engine.io.mat;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A numeric MATLAB variable as both file versions present it: its name, its MATLAB dimensions and its values in
 * MATLAB's column-major linear order.
 */
abstract class MatArray {

    private final String name;
    private final int[] dims;
    private final String className;

    MatArray(String name, int[] dims, String className) {
        this.name = name;
        this.dims = dims.clone();
        this.className = className;
    }

    String name() {
        return name;
    }

    /** MATLAB dimensions (at least two, trailing singletons already dropped by MATLAB beyond the second). */
    int[] dims() {
        return dims.clone();
    }

    /** Number of dimensions that are not trailing singletons beyond the second. */
    int rank() {
        int r = dims.length;
        while (r > 2 && dims[r - 1] == 1) {
            r--;
        }
        return r;
    }

    long elements() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    /** True for a vector (one dimension > 1 at most). */
    boolean isVector() {
        return rank() == 2 && (dims[0] == 1 || dims[1] == 1);
    }

    String className() {
        return className;
    }

    String shape() {
        return Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining("x"));
    }

    /** The value at a column-major linear index, as float32. */
    abstract float get(long linear);

    @Override
    public String toString() {
        return name + " (" + shape() + " " + className + ")";
    }
}
