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
 * <p>Directions are stored transposed (d×K, feature-major) so the K dot products run as one sweep over the row
 * with an inner loop over components that the JIT can vectorise. Cost: 2·K·d flops per pixel. Immutable and
 * thread-safe; the caller supplies the scratch arrays.
 */
final class ComponentScorer {

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    final int k;
    final int d;
    /** v_k[j] at index j·K + k. */
    final double[] directionsT;
    private final double[] coef;
    private final double[] bias;
    private final double rowConstant;
    private final double halfInvSigma2;

    ComponentScorer(SmmParameters p) {
        this.k = p.k();
        this.d = p.d();
        this.directionsT = new double[d * k];
        this.coef = new double[k];
        this.bias = new double[k];
        double s2 = p.sigma2;
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                directionsT[j * k + c] = p.directions[c][j];
            }
            double len2 = p.lengths[c] * p.lengths[c];
            double cc = len2 + s2;
            coef[c] = len2 / (2 * s2 * cc);
            bias[c] = Math.log(p.pi[c]) - 0.5 * Math.log(cc);
        }
        this.rowConstant = -0.5 * d * LOG_2PI - 0.5 * (d - 1) * Math.log(s2);
        this.halfInvSigma2 = 0.5 / s2;
    }

    /**
     * Scores one pixel.
     *
     * @param row    storage array of the pixel
     * @param off    offset of its first value
     * @param rowSq  ‖y‖²
     * @param dots   out: yᵀv_k for every k (length ≥ K)
     * @param rho    out: normalised responsibilities ρ_k (length ≥ K)
     * @return the pixel's log-likelihood
     */
    double score(float[] row, int off, double rowSq, double[] dots, double[] rho) {
        dots(row, off, dots);
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double l = bias[c] + coef[c] * dots[c] * dots[c];
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

    /** yᵀv_k for every k. */
    void dots(float[] row, int off, double[] dots) {
        java.util.Arrays.fill(dots, 0, k, 0.0);
        for (int j = 0, t = 0; j < d; j++, t += k) {
            double y = row[off + j];
            for (int c = 0; c < k; c++) {
                dots[c] += y * directionsT[t + c];
            }
        }
    }
}
