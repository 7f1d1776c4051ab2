package io.spikemix.engine.render;

/**
 * Simulation of dichromatic colour vision, to check that palettes stay distinguishable for the roughly 8 % of men
 * with a red–green deficiency (protan, deutan) and the rare tritan observers.
 *
 * <p>Uses the severity-1.0 matrices of G. M. Machado, M. M. Oliveira, L. A. F. Fernandes, "A physiologically-based
 * model for simulation of color vision deficiency", IEEE TVCG 15(6), 2009, applied to linear-light sRGB. Each
 * matrix maps white to white (rows sum to 1). Colours outside the sRGB gamut after simulation are clipped.
 */
public enum ColorVisionDeficiency {

    /** Missing L cones (red-blind). */
    PROTANOPIA(new double[][] {
        {0.152286, 1.052583, -0.204868},
        {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}}),

    /** Missing M cones (green-blind), the most common deficiency. */
    DEUTERANOPIA(new double[][] {
        {0.367322, 0.860646, -0.227968},
        {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}}),

    /** Missing S cones (blue-blind), rare. */
    TRITANOPIA(new double[][] {
        {1.255528, -0.076749, -0.178779},
        {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}});

    private final double[][] matrix;

    ColorVisionDeficiency(double[][] matrix) {
        this.matrix = matrix;
    }

    /** How an observer with this deficiency sees 0xRRGGBB, as 0xRRGGBB. */
    public int simulate(int rgb) {
        double[] s = simulateLinear(rgb);
        return CieLab.rgbOfLinear(s[0], s[1], s[2]);
    }

    /** How an observer with this deficiency sees 0xRRGGBB, in CIELAB (without 8-bit rounding). */
    public CieLab simulateLab(int rgb) {
        double[] s = simulateLinear(rgb);
        return CieLab.fromLinearRgb(clip(s[0]), clip(s[1]), clip(s[2]));
    }

    private double[] simulateLinear(int rgb) {
        double[] lin = CieLab.linearRgb(rgb);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = matrix[i][0] * lin[0] + matrix[i][1] * lin[1] + matrix[i][2] * lin[2];
        }
        return out;
    }

    private static double clip(double v) {
        return Math.min(1, Math.max(0, v));
    }
}
