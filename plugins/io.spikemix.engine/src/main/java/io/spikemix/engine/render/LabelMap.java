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
