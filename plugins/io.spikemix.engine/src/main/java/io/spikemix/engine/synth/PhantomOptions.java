package io.spikemix.engine.synth;

/**
 * Settings of a {@link SpikedPhantom}: image size, number of bands and regions, noise level and seed.
 *
 * <p>Immutable; validated on construction with messages that name the parameter, the allowed range and the value.
 *
 * @param height  image rows, ≥ 2
 * @param width   image columns, ≥ 2
 * @param bands   spectral bands, ≥ 2
 * @param k       number of regions (one spike each), 1 ≤ k ≤ height·width / 4 so every region can be non-empty
 * @param sigma2  noise variance σ² per band, ≥ 0 (spikes have unit peak height, so σ² = 0.01 is 10 % noise)
 * @param seed    random seed; the same seed gives the same phantom
 */
public record PhantomOptions(int height, int width, int bands, int k, double sigma2, long seed) {

    /** The defaults of {@code spikemix synth}: 120 × 160 pixels, 80 bands, 6 regions, σ² = 0.01. */
    public static PhantomOptions defaults() {
        return new PhantomOptions(120, 160, 80, 6, 0.01, 1L);
    }

    public PhantomOptions {
        requireAtLeast("height", height, 2);
        requireAtLeast("width", width, 2);
        requireAtLeast("bands", bands, 2);
        requireAtLeast("k", k, 1);
        long maxK = (long) height * width / 4;
        if (k > maxK) {
            throw new IllegalArgumentException("The 'k' parameter must be <= height*width/4 = " + maxK
                    + " so that every region has pixels. Got " + k + " instead.");
        }
        if (!(sigma2 >= 0) || Double.isInfinite(sigma2)) {
            throw new IllegalArgumentException("The 'sigma2' parameter must be a finite number >= 0. Got " + sigma2 + " instead.");
        }
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("The '" + name + "' parameter must be >= " + min + ". Got " + value + " instead.");
        }
    }

    public PhantomOptions withShape(int h, int w) {
        return new PhantomOptions(h, w, bands, k, sigma2, seed);
    }

    public PhantomOptions withBands(int b) {
        return new PhantomOptions(height, width, b, k, sigma2, seed);
    }

    public PhantomOptions withK(int newK) {
        return new PhantomOptions(height, width, bands, newK, sigma2, seed);
    }

    public PhantomOptions withSigma2(double s2) {
        return new PhantomOptions(height, width, bands, k, s2, seed);
    }

    public PhantomOptions withSeed(long s) {
        return new PhantomOptions(height, width, bands, k, sigma2, s);
    }
}
