package io.spikemix.engine.smm;

/**
 * The E-step for one pixel (method.md §1–2): the unnormalised log responsibilities
 *
 * <pre>  ln ρ̃_k = ln π_k + s_k²·(yᵀv_k)² / (2σ²(s_k² + σ²)) − ½ ln(s_k² + σ²)</pre>
 *
 * (Algorithm 1 with x_k = s_k v_k; terms equal for all k cancel), their log-sum-exp, and the pixel's
 * log-likelihood ln Σ_k π_k p(y | z = k), which adds back the common terms
 * −(d/2) ln 2π − ‖y‖²/(2σ²) − ((d−1)/2) ln σ².
 *
 * <p>The projections yᵀv_k come from {@link PixelTile#dots} (sequential sums, bit-identical however pixels are
 * grouped), so the fit's data passes and the model's scoring of new data give identical results. Cost: 2·K·d flops per pixel.
 * Immutable and thread-safe; the caller supplies the scratch arrays.
 */
final class ComponentScorer {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    final int k;
    final int d;
    final double[][] directions;
    private final double[] coef;
    private final double[] bias;
    private final double rowConstant;
    private final double halfInvSigma2;

    ComponentScorer(SmmParameters p) {
        this.k = p.k();
        this.d = p.d();
        this.directions = p.directions;
        this.coef = new double[k];
        this.bias = new double[k];
        double s2 = p.sigma2;
        for (int c = 0; c < k; c++) {
            double len2 = p.lengths[c] * p.lengths[c];
            double cc = len2 + s2;
            coef[c] = len2 / (2 * s2 * cc);
            bias[c] = Math.log(p.pi[c]) - 0.5 * Math.log(cc);
        }
        this.rowConstant = -0.5 * d * LOG_2PI - 0.5 * (d - 1) * Math.log(s2);
        this.halfInvSigma2 = 0.5 / s2;
    }

    /**
     * Scores pixel i of a tile from its projections, yᵀv_c at {@code proj[c][i]} (as computed by
     * {@link PixelTile#dots}).
     *
     * @param rho out: normalised responsibilities ρ_k (length ≥ K)
     * @return the pixel's log-likelihood
     */
    double scoreDots(double[][] proj, int i, double rowSq, double[] rho) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double p = proj[c][i];
            double l = bias[c] + coef[c] * p * p;
            rho[c] = l;
            if (l > max) {
                max = l;
            }
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(rho[c] - max);
            rho[c] = e;
            sum += e;
        }
        double inv = 1 / sum;
        for (int c = 0; c < k; c++) {
            rho[c] *= inv;
        }
        return max + Math.log(sum) + rowConstant - halfInvSigma2 * rowSq;
    }

    /**
     * The unnormalised log responsibilities ln ρ̃_c of pixel i (ln π_c p(y | z = c) less {@link #commonTerm}) into
     * {@code out[off + c]}: the scores neighbourhood EM starts from (method.md eq. 37).
     */
    void logScores(double[][] proj, int i, double[] out, int off) {
        for (int c = 0; c < k; c++) {
            double p = proj[c][i];
            out[off + c] = bias[c] + coef[c] * p * p;
        }
    }

    /** The pixel's terms of ln π_c p(y | z = c) that are equal for all c. */
    double commonTerm(double rowSq) {
        return rowConstant - halfInvSigma2 * rowSq;
    }

    /** Widens d float values at {@code off} into {@code y}. */
    static void load(float[] row, int off, double[] y, int d) {
        for (int j = 0; j < d; j++) {
            y[j] = row[off + j];
        }
    }

    /** aᵀb over the first n entries, with four accumulators so the additions pipeline. */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < n; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
