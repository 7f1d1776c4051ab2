package io.spikemix.engine.render;

/**
 * The viridis colormap (van der Walt and Smith, matplotlib 2.0, 2015): perceptually uniform, monotone in lightness
 * from dark purple to yellow, and readable with colour-vision deficiencies and in greyscale.
 *
 * <p>Evaluated from a degree-6 polynomial fit per sRGB channel (the published least-squares fit by M. Zucker,
 * 2018, of the 256-entry table), not from a copied table: c(t) = Σ_k c_k t^k. The fit stays within 4/255 per
 * channel of the published key colours (#440154 at 0, #21918C at 0.5, #FDE725 at 1), and its CIELAB lightness
 * increases strictly with t (before 8-bit rounding, which can reverse a step by under 0.05 L*); the tests check
 * both.
 */
public final class Viridis {

    private static final double[][] COEFFICIENTS = {
        {0.2777273272234177, 0.005407344544966578, 0.3340998053353061},
        {0.1050930431085774, 1.404613529898575, 1.384590162594685},
        {-0.3308618287255563, 0.214847559468213, 0.09509516302823659},
        {-4.634230498983486, -5.799100973351585, -19.33244095627987},
        {6.228269936347081, 14.17993336680509, 56.69055260068105},
        {4.776384997670288, -13.74514537774601, -65.35303263337234},
        {-5.435455855934631, 4.645852612178535, 26.3124352495832}};

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < TABLE.length; i++) {
            TABLE[i] = evaluate(i / 255.0);
        }
    }

    private Viridis() {
    }

    /**
     * The colour at {@code t} as 0xRRGGBB; t is clamped to [0, 1] and quantised to 256 levels.
     *
     * @throws IllegalArgumentException if t is NaN
     */
    public static int rgb(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("The colormap position must be a number. Got NaN instead.");
        }
        double clamped = Math.min(1, Math.max(0, t));
        return TABLE[(int) Math.round(clamped * 255)];
    }

    /** The gamma-encoded sRGB channels at t, each clipped to [0, 1] (Horner evaluation of the polynomials). */
    static double[] channels(double t) {
        double[] rgb = new double[3];
        for (int channel = 0; channel < 3; channel++) {
            double v = 0;
            for (int k = COEFFICIENTS.length - 1; k >= 0; k--) {
                v = v * t + COEFFICIENTS[k][channel];
            }
            rgb[channel] = Math.min(1, Math.max(0, v));
        }
        return rgb;
    }

    private static int evaluate(double t) {
        int rgb = 0;
        for (double channel : channels(t)) {
            rgb = (rgb << 8) | (int) Math.round(channel * 255);
        }
        return rgb;
    }
}
