package io.spikemix.engine.select;

/**
 * The knee of a curve sampled at increasing x (method.md eq. 44): both axes are scaled to [0, 1] and the knee is
 * the sample that lies farthest above the chord from the first sample to the last (the "difference curve" of
 * Kneedle, Satopää et al. 2011, without its smoothing, which a dozen K values do not need). For a rising curve that
 * flattens (the log-likelihood against K) that is where adding components stops paying; a falling curve that
 * flattens (k-means inertia) is turned into a rising one first.
 */
public final class Knee {

    private Knee() {
    }

    /**
     * Index of the knee of the rising, flattening curve y(x), or −1 when there is none: fewer than three finite
     * samples, a curve that does not rise from its first to its last sample, or no sample strictly above the chord (a straight or convex curve).
     *
     * @param x strictly increasing
     * @param y same length; NaN samples are skipped
     */
    public static int ofRising(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and " + y.length);
        }
        int first = -1;
        int last = -1;
        int finite = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                first = first < 0 ? i : first;
                last = i;
                finite++;
            }
        }
        if (finite < 3 || !(y[last] > y[first]) || !(x[last] > x[first])) {
            return -1;
        }
        double best = 1e-12;
        int knee = -1;
        for (int i = first + 1; i < last; i++) {
            if (!Double.isFinite(y[i])) {
                continue;
            }
            double xn = (x[i] - x[first]) / (x[last] - x[first]);
            double yn = (y[i] - y[first]) / (y[last] - y[first]);
            // distance above the chord y = x, up to the constant factor 1/√2
            double above = yn - xn;
            if (above > best) {
                best = above;
                knee = i;
            }
        }
        return knee;
    }

    /** Index of the knee of a falling, flattening curve (such as k-means inertia), or −1; see {@link #ofRising}. */
    public static int ofFalling(double[] x, double[] y) {
        double[] neg = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            neg[i] = -y[i];
        }
        return ofRising(x, neg);
    }
}
