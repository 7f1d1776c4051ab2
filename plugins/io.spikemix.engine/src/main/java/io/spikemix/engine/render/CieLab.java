package io.spikemix.engine.render;

/**
 * A colour in CIELAB (D65 white, 2° observer), converted from 8-bit sRGB, with the CIEDE2000 colour difference.
 *
 * <p>Used to design and check palettes: a CIEDE2000 difference ΔE00 of about 1 is just noticeable side by side;
 * categorical colours in a map need ten or more to be told apart at a glance.
 *
 * <p>References: IEC 61966-2-1 (sRGB transfer function and primaries), CIE 15:2004 (CIELAB), and
 * G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 color-difference formula: implementation notes, supplementary test
 * data, and mathematical observations", Color Res. Appl. 30(1), 2005.
 *
 * @param l lightness L* in [0, 100]
 * @param a green–red coordinate a*
 * @param b blue–yellow coordinate b*
 */
public record CieLab(double l, double a, double b) {

    // sRGB (linear) → XYZ, D65, IEC 61966-2-1.
    private static final double[][] RGB_TO_XYZ = {
        {0.4124564, 0.3575761, 0.1804375},
        {0.2126729, 0.7151522, 0.0721750},
        {0.0193339, 0.1191920, 0.9503041}};
    private static final double XN = 0.4124564 + 0.3575761 + 0.1804375;
    private static final double YN = 1.0;
    private static final double ZN = 0.0193339 + 0.1191920 + 0.9503041;

    /** The CIELAB coordinates of an opaque sRGB colour given as 0xRRGGBB (alpha ignored). */
    public static CieLab fromRgb(int rgb) {
        double[] lin = linearRgb(rgb);
        return fromLinearRgb(lin[0], lin[1], lin[2]);
    }

    /** CIELAB of gamma-encoded sRGB channels given as reals in [0, 1] (no 8-bit rounding). */
    static CieLab fromSrgb(double r, double g, double b) {
        return fromLinearRgb(decode(r), decode(g), decode(b));
    }

    /** CIELAB of a linear-light sRGB triple, each channel in [0, 1]. */
    static CieLab fromLinearRgb(double r, double g, double b) {
        double x = (RGB_TO_XYZ[0][0] * r + RGB_TO_XYZ[0][1] * g + RGB_TO_XYZ[0][2] * b) / XN;
        double y = (RGB_TO_XYZ[1][0] * r + RGB_TO_XYZ[1][1] * g + RGB_TO_XYZ[1][2] * b) / YN;
        double z = (RGB_TO_XYZ[2][0] * r + RGB_TO_XYZ[2][1] * g + RGB_TO_XYZ[2][2] * b) / ZN;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new CieLab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** The linear-light channels of 0xRRGGBB, each in [0, 1] (inverse sRGB transfer function). */
    static double[] linearRgb(int rgb) {
        return new double[] {toLinear((rgb >> 16) & 0xFF), toLinear((rgb >> 8) & 0xFF), toLinear(rgb & 0xFF)};
    }

    /** 0xRRGGBB of a linear-light triple; channels are clipped to [0, 1] (sRGB transfer function). */
    static int rgbOfLinear(double r, double g, double b) {
        return (toByte(r) << 16) | (toByte(g) << 8) | toByte(b);
    }

    private static double toLinear(int channel) {
        return decode(channel / 255.0);
    }

    private static double decode(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int toByte(double linear) {
        double c = Math.min(1, Math.max(0, linear));
        double encoded = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(encoded * 255);
    }

    private static double f(double t) {
        double delta = 6.0 / 29.0;
        return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
    }

    /**
     * The CIEDE2000 colour difference ΔE00 to {@code other} (k_L = k_C = k_H = 1), following the implementation
     * notes of Sharma, Wu and Dalal (2005), including their conventions for zero chroma and for the hue mean.
     */
    public double deltaE2000(CieLab other) {
        double c1 = Math.hypot(a, b);
        double c2 = Math.hypot(other.a, other.b);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * a;
        double a2 = (1 + g) * other.a;
        double c1p = Math.hypot(a1, b);
        double c2p = Math.hypot(a2, other.b);
        double h1 = hueDegrees(b, a1);
        double h2 = hueDegrees(other.b, a2);

        double dL = other.l - l;
        double dC = c2p - c1p;
        double dh;
        if (c1p * c2p == 0) {
            dh = 0;
        } else if (Math.abs(h2 - h1) <= 180) {
            dh = h2 - h1;
        } else if (h2 - h1 > 180) {
            dh = h2 - h1 - 360;
        } else {
            dh = h2 - h1 + 360;
        }
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));

        double lMean = (l + other.l) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hMean;
        if (c1p * c2p == 0) {
            hMean = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            hMean = (h1 + h2) / 2;
        } else if (h1 + h2 < 360) {
            hMean = (h1 + h2 + 360) / 2;
        } else {
            hMean = (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cpMean7 = Math.pow(cpMean, 7);
        double rC = 2 * Math.sqrt(cpMean7 / (cpMean7 + Math.pow(25, 7)));
        double lShift = (lMean - 50) * (lMean - 50);
        double sL = 1 + 0.015 * lShift / Math.sqrt(20 + lShift);
        double sC = 1 + 0.045 * cpMean;
        double sH = 1 + 0.015 * cpMean * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        double tl = dL / sL;
        double tc = dC / sC;
        double th = dH / sH;
        return Math.sqrt(tl * tl + tc * tc + th * th + rT * tc * th);
    }

    private static double hueDegrees(double b, double a) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }
}
