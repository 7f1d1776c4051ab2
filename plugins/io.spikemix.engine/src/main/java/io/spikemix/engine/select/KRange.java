package io.spikemix.engine.select;

/**
 * A range of K values min, min + 1, …, max to scan. Immutable; validated on construction.
 *
 * @param min smallest K, ≥ 1
 * @param max largest K, ≥ min
 */
public record KRange(int min, int max) {

    public KRange {
        if (min < 1) {
            throw new IllegalArgumentException("The K range must start at 1 or more. Got " + min + ":" + max + " instead.");
        }
        if (min > max) {
            throw new IllegalArgumentException("The K range must have min <= max. Got " + min + ":" + max + " instead.");
        }
    }

    /**
     * Parses {@code MIN:MAX} (or a single K), e.g. {@code 2:16}.
     *
     * @throws IllegalArgumentException naming the expected form when the text is not a range
     */
    public static KRange parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        try {
            if (colon < 0) {
                int k = Integer.parseInt(t);
                return new KRange(k, k);
            }
            return new KRange(Integer.parseInt(t.substring(0, colon).trim()), Integer.parseInt(t.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The K range must be MIN:MAX with whole numbers, e.g. 2:16. Got '" + text
                    + "' instead.");
        }
    }

    /** Number of K values in the range. */
    public int count() {
        return max - min + 1;
    }

    /** The K values in ascending order. */
    public int[] values() {
        int[] k = new int[count()];
        for (int i = 0; i < k.length; i++) {
            k[i] = min + i;
        }
        return k;
    }

    /**
     * Refuses a range whose largest K exceeds the number of pixels, before any work starts: a mixture of more
     * components than pixels has empty components, and k-means cannot place more centroids than points.
     */
    public void checkPixels(long pixels) {
        if (max > pixels) {
            throw new IllegalArgumentException("The K range " + this + " goes beyond the number of pixels (" + pixels
                    + "); the largest K must be <= " + pixels + ".");
        }
    }

    @Override
    public String toString() {
        return min + ":" + max;
    }
}
