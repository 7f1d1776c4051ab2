package io.spikemix.engine.render;

import java.util.Arrays;

import io.spikemix.engine.data.SpectralCube;

/**
 * A segmentation as an image: height × width cluster ids in row-major order (index y·width + x), with negative ids
 * (−1 by convention) for masked or missing pixels. Immutable.
 */
public final class LabelMap {

    private final int height;
    private final int width;
    private final int[] labels;

    private LabelMap(int height, int width, int[] labels) {
        this.height = height;
        this.width = width;
        this.labels = labels;
    }

    /**
     * A label map from a row-major label image.
     *
     * @param labels height × width ids, negative = masked; copied
     * @throws IllegalArgumentException if the shape is empty or does not match the number of labels
     */
    public static LabelMap of(int height, int width, int[] labels) {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("A label map must be at least 1 x 1 pixels. Got " + height + " x "
                    + width + " instead.");
        }
        if ((long) height * width != labels.length) {
            throw new IllegalArgumentException("A " + height + " x " + width + " label map needs "
                    + (long) height * width + " labels. Got " + labels.length + " instead.");
        }
        return new LabelMap(height, width, labels.clone());
    }

    /**
     * The label map of a segmentation of {@code cube}: one label per valid pixel (per row of its spectra); masked
     * pixels become −1.
     */
    public static LabelMap of(SpectralCube cube, int[] labelPerRow) {
        return new LabelMap(cube.height(), cube.width(), cube.toImage(labelPerRow, -1));
    }

    /**
     * The label map of a pixel table: pixel i at ({@code x[i]}, {@code y[i]}) has label {@code labels[i]}. The image
     * is (max y + 1) × (max x + 1); pixels missing from the table are masked (−1).
     *
     * @throws IllegalArgumentException if the arrays differ in length, are empty, a coordinate is negative or a
     *                                  coordinate occurs twice
     */
    public static LabelMap fromCoordinates(int[] x, int[] y, int[] labels) {
        int[] shape = PixelCoordinates.shape(x, y, labels.length);
        int width = shape[0];
        int[] image = new int[width * shape[1]];
        Arrays.fill(image, -1);
        boolean[] seen = new boolean[image.length];
        for (int i = 0; i < labels.length; i++) {
            int index = y[i] * width + x[i];
            PixelCoordinates.requireUnique(seen, index, x[i], y[i], i);
            image[index] = labels[i];
        }
        return new LabelMap(shape[1], width, image);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** The id at pixel (x, y); negative = masked. */
    public int label(int x, int y) {
        return labels[y * width + x];
    }

    /** A copy of the row-major ids. */
    public int[] labels() {
        return labels.clone();
    }

    /** The distinct non-negative cluster ids, ascending. */
    public int[] clusterIds() {
        return Arrays.stream(labels).filter(v -> v >= 0).distinct().sorted().toArray();
    }

    /** True if both maps have the same shape, so they describe the same pixels. */
    public boolean sameShapeAs(LabelMap other) {
        return height == other.height && width == other.width;
    }

    int[] labelsView() {
        return labels;
    }
}
