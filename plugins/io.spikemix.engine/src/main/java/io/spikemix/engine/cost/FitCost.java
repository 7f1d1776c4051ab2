package io.spikemix.engine.cost;

import java.util.Locale;

/**
 * What one method's fit will cost before it runs, estimated by {@link CostModel}: the most EM (or Lloyd) iterations
 * its options allow, the time they take at the engine's measured kernel rate, and the memory the fit allocates on top
 * of the data.
 *
 * @param method     the method's short name (smm, gmm, kmeans)
 * @param pixels     the number of pixels the estimate is for
 * @param iterations the most iterations the options allow (over all starts)
 * @param seconds    estimated wall-clock seconds for those iterations
 * @param bytes      estimated working memory beyond the data, in bytes
 */
public record FitCost(String method, long pixels, long iterations, double seconds, long bytes) {

    /** One line for people, e.g. {@code gmm: up to 14.3 h (100 iterations on 572,832 pixels), 0.2 GB}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: up to %s (%,d iterations on %,d pixels), %s", method,
                duration(seconds), iterations, pixels, size(bytes));
    }

    /** A duration in the unit that reads best: 40 s, 3.5 min, 14.3 h. */
    public static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(seconds, 0));
        }
        if (seconds < 90 * 60) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }

    /** A byte count in MB or GB. */
    public static String size(long bytes) {
        return bytes < 1L << 30 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
