package io.spikemix.engine.render;

import java.util.Arrays;

import io.spikemix.engine.data.SpectralCube;

/**
 * A real-valued image, such as one spike's responsibilities ρ_ik over the pixels: height × width values in
 * row-major order (index y·width + x), NaN for masked or missing pixels. Immutable.
 */
public final class ScalarMap {

    private final int height;
    private final int width;
    private final double[] values;

    private ScalarMap(int height, int width, double[] values) {
        this.height = height;
        this.width = width;
        this.values = values;
    }

    /**
     * @param values height × width values, NaN = masked, ±∞ not allowed; copied
     */
    public static ScalarMap of(int height, int width, double[] values) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("A map must be at least 1 x 1 pixels. Got " + height + " x " + width
                    + " instead.");
        }
        if ((long) height * width != values.length) {
            throw new IllegalArgumentException("A " + height + " x " + width + " map needs " + (long) height * width
                    + " values. Got " + values.length + " instead.");
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("Map values must be finite or NaN (masked). Got " + values[i]
                        + " at pixel (" + i % width + ", " + i / width + ") instead.");
            }
        }
        return new ScalarMap(height, width, values.clone());
    }

    /** The map of one value per valid pixel of {@code cube} (per row of its spectra); masked pixels become NaN. */
    public static ScalarMap of(SpectralCube cube, double[] valuePerRow) {
        if (valuePerRow.length != cube.validCount()) {
            throw new IllegalArgumentException("The cube has " + cube.validCount() + " valid pixels. Got "
                    + valuePerRow.length + " values instead.");
        }
        double[] image = new double[cube.pixelCount()];
        Arrays.fill(image, Double.NaN);
        for (int row = 0; row < valuePerRow.length; row++) {
            image[cube.pixelIndex(row)] = valuePerRow[row];
        }
        return of(cube.height(), cube.width(), image);
    }

    /**
     * The map of a pixel table: pixel i at ({@code x[i]}, {@code y[i]}) has value {@code values[i]}. The image is
     * (max y + 1) × (max x + 1); pixels missing from the table are NaN (masked).
     *
     * @throws IllegalArgumentException if the arrays differ in length, are empty, a coordinate is negative or occurs
     *                                  twice, or a value is infinite
     */
    public static ScalarMap fromCoordinates(int[] x, int[] y, double[] values) {
        int[] shape = PixelCoordinates.shape(x, y, values.length);
        int width = shape[0];
        double[] image = new double[width * shape[1]];
        Arrays.fill(image, Double.NaN);
        boolean[] seen = new boolean[image.length];
        for (int i = 0; i < values.length; i++) {
            int index = y[i] * width + x[i];
            PixelCoordinates.requireUnique(seen, index, x[i], y[i], i);
            image[index] = values[i];
        }
        return of(shape[1], width, image);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** The value at pixel (x, y); NaN = masked. */
    public double value(int x, int y) {
        return values[y * width + x];
    }

    double[] valuesView() {
        return values;
    }
}
