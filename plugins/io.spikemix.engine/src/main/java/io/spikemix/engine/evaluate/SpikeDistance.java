package io.spikemix.engine.evaluate;

/**
 * Sign-invariant dissimilarities between two spikes (method.md §5).
 *
 * <p>A spike is identifiable only up to its sign (method.md §1: x and −x give the same likelihood), so both
 * distances ignore it. Each is symmetric, non-negative and zero for x̂ = ±x. Both take O(d) time.
 *
 * <ul>
 * <li>{@link #SQUARED_EUCLIDEAN}: min(‖x − x̂‖², ‖x + x̂‖²) = ‖x‖² + ‖x̂‖² − 2|xᵀx̂|. It is sensitive to scale: a
 * spike with the right direction but the wrong length is penalised.</li>
 * <li>{@link #ABS_COSINE}: 1 − |xᵀx̂| / (‖x‖ ‖x̂‖), in [0, 1]; scale-free. A zero spike has no direction, so the
 * formula is 0/0 there; we define the distance between two zero spikes as 0 (they are the same spike) and between a
 * zero and a non-zero spike as 1 (the maximum: nothing of the direction is recovered). This keeps the value in
 * [0, 1] and makes "a dropped spike" (the SMM sets a spike to 0 when it leaves the active set, method.md §2) score as
 * badly as an orthogonal one.</li>
 * </ul>
 */
public enum SpikeDistance {

    /** min(‖x − x̂‖², ‖x + x̂‖²). */
    SQUARED_EUCLIDEAN {
        @Override
        double compute(double[] x, double[] xHat) {
            double minus = 0;
            double plus = 0;
            for (int f = 0; f < x.length; f++) {
                // Summing squared differences (instead of ‖x‖² + ‖x̂‖² − 2|xᵀx̂|) keeps full relative accuracy
                // when x̂ ≈ ±x, where the expanded form would cancel catastrophically.
                double m = x[f] - xHat[f];
                double p = x[f] + xHat[f];
                minus += m * m;
                plus += p * p;
            }
            return Math.min(minus, plus);
        }
    },

    /** 1 − |xᵀx̂| / (‖x‖ ‖x̂‖), with 0 for two zero spikes and 1 for exactly one zero spike. */
    ABS_COSINE {
        @Override
        double compute(double[] x, double[] xHat) {
            double xMax = maxAbs(x);
            double hMax = maxAbs(xHat);
            if (xMax == 0 && hMax == 0) {
                return 0;
            }
            if (xMax == 0 || hMax == 0) {
                return 1;
            }
            // The cosine is scale-free; dividing by the largest entry keeps tiny or huge spikes from underflowing
            // or overflowing in the squared norms.
            double dot = 0;
            double xx = 0;
            double hh = 0;
            for (int f = 0; f < x.length; f++) {
                double a = x[f] / xMax;
                double b = xHat[f] / hMax;
                dot += a * b;
                xx += a * a;
                hh += b * b;
            }
            double cos = Math.abs(dot) / (Math.sqrt(xx) * Math.sqrt(hh));
            // Rounding can push |cos| a few ulps above 1; the distance must stay in [0, 1].
            return Math.max(0, 1 - Math.min(1, cos));
        }
    };

    /**
     * The distance between spike {@code x} and spike {@code xHat}.
     *
     * @param x    a spike, length d, not modified
     * @param xHat a spike, length d, not modified
     * @throws IllegalArgumentException if the lengths differ or a value is NaN or infinite
     */
    public double between(double[] x, double[] xHat) {
        if (x.length != xHat.length) {
            throw new IllegalArgumentException("Spikes must have the same number of features. Got " + x.length
                    + " and " + xHat.length + " instead.");
        }
        requireFinite(x, "x");
        requireFinite(xHat, "xHat");
        return compute(x, xHat);
    }

    abstract double compute(double[] x, double[] xHat);

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static void requireFinite(double[] v, String name) {
        for (int f = 0; f < v.length; f++) {
            if (!Double.isFinite(v[f])) {
                throw new IllegalArgumentException("Spike '" + name + "' must be finite. Got " + v[f]
                        + " at feature " + f + " instead.");
            }
        }
    }
}
