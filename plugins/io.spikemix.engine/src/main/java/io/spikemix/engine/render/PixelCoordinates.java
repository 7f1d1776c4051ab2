package io.spikemix.engine.render;

/**
 * Builds row-major images from per-pixel (x, y) coordinates, as found in pixel tables: the image is just large
 * enough to hold the largest coordinates, and pixels absent from the table stay at the fill value.
 */
final class PixelCoordinates {

    private PixelCoordinates() {
    }

    /** Width and height implied by the coordinates, after validating them. */
    static int[] shape(int[] x, int[] y, int valueCount) {
        if (x.length != y.length || x.length != valueCount) {
            throw new IllegalArgumentException("Every pixel needs an x, a y and a value. Got " + x.length + " x, "
                    + y.length + " y and " + valueCount + " values instead.");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("At least one pixel is needed to size the image. Got 0 instead.");
        }
        int maxX = 0;
        int maxY = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0 || y[i] < 0) {
                throw new IllegalArgumentException("Pixel coordinates must be >= 0. Got (" + x[i] + ", " + y[i]
                        + ") for pixel " + i + " instead.");
            }
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        long pixels = ((long) maxX + 1) * ((long) maxY + 1);
        if (pixels > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Pixel coordinates up to (" + maxX + ", " + maxY
                    + ") imply more than " + Integer.MAX_VALUE + " pixels.");
        }
        return new int[] {maxX + 1, maxY + 1};
    }

    /** Fails if two pixels share a coordinate, because one would silently hide the other. */
    static void requireUnique(boolean[] seen, int index, int x, int y, int pixel) {
        if (seen[index]) {
            throw new IllegalArgumentException("Pixel (" + x + ", " + y + ") occurs more than once (again at pixel "
                    + pixel + "). Each coordinate may appear only once.");
        }
        seen[index] = true;
    }
}
