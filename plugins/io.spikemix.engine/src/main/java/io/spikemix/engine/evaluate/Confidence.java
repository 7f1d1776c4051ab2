package io.spikemix.engine.evaluate;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * How sure a soft segmentation is of each pixel's label, from its responsibilities ρ_i1 … ρ_iK (issue 16): the
 * largest responsibility max_k ρ_ik, between 1/K (no preference) and 1 (certain), and the entropy
 * −Σ_k ρ_ik ln ρ_ik / ln K, normalised to [0, 1] (0 certain, 1 no preference).
 */
public final class Confidence {

    private Confidence() {
    }

    /** The largest responsibility of each row of row-major responsibilities with {@code k} columns. */
    public static double[] largest(double[] responsibilities, int k) {
        double[] out = new double[responsibilities.length / k];
        for (int i = 0; i < out.length; i++) {
            double best = 0;
            for (int c = 0; c < k; c++) {
                best = Math.max(best, responsibilities[i * k + c]);
            }
            out[i] = best;
        }
        return out;
    }

    /** The normalised entropy of each row of row-major responsibilities with {@code k} columns (0 when K = 1). */
    public static double[] entropy(double[] responsibilities, int k) {
        double[] out = new double[responsibilities.length / k];
        if (k == 1) {
            return out;
        }
        double norm = Math.log(k);
        for (int i = 0; i < out.length; i++) {
            double h = 0;
            for (int c = 0; c < k; c++) {
                double p = responsibilities[i * k + c];
                if (p > 0) {
                    h -= p * Math.log(p);
                }
            }
            out[i] = Math.min(1, Math.max(0, h / norm));
        }
        return out;
    }

    /** The rows of a responsibilities matrix (one row per pixel, one column per component), row-major in doubles. */
    public static double[] rowMajor(SpectralMatrix responsibilities) {
        int k = responsibilities.cols();
        double[] out = new double[responsibilities.rows() * k];
        double[] row = new double[k];
        for (int i = 0; i < responsibilities.rows(); i++) {
            responsibilities.getRow(i, row);
            System.arraycopy(row, 0, out, i * k, k);
        }
        return out;
    }

    /** The mean of some values, NaN for none. */
    public static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? Double.NaN : s / values.length;
    }
}
