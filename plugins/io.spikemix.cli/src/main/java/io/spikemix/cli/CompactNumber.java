package io.spikemix.cli;

import java.util.Locale;

/** Numbers for people: a given count of significant digits without trailing zeros ("376.44", "1e+06", "none" for NaN). */
final class CompactNumber {

    private CompactNumber() {
    }

    static String format(double v, int significant) {
        if (Double.isNaN(v)) {
            return "none";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String g = String.format(Locale.ROOT, "%." + significant + "g", v);
        int e = g.indexOf('e');
        String mantissa = e < 0 ? g : g.substring(0, e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceFirst("\\.?0+$", "");
        }
        return e < 0 ? mantissa : mantissa + g.substring(e);
    }
}
