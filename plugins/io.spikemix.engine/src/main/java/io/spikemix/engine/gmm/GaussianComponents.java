package io.spikemix.engine.gmm;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * The parameters of K full-covariance Gaussian components and what the E-step derives from them: for each component
 * the lower-triangular precision factor P = L⁻¹ of the Cholesky factor L of Σ (Σ = L Lᵀ, so Σ⁻¹ = Pᵀ P), ln det P
 * and P μ.
 *
 * <p>Log-density in the log domain (scikit-learn's formulation):
 * ln N(y | μ, Σ) = −(d/2) ln 2π + ln det P − ½ ‖P y − P μ‖², with ln det P = −Σ_j ln L_jj.
 *
 * <p>Mutable working state of one fit; the model keeps a finished instance and never changes it.
 */
final class GaussianComponents {

    static final double LOG_2PI = Math.log(2 * Math.PI);

    /** Pixels transposed per block in the E-step kernel; 64 keeps d × 64 doubles within L2 cache for d ≤ 1000. */
    static final int BLOCK = 64;

    final int k;
    final int d;
    final double[] weights;
    final double[][] means;
    /** Full symmetric d × d covariance per component, row-major. */
    final double[][] covariances;
    /** Lower-triangular P = L⁻¹ per component, row-major (upper part zero). */
    final double[][] precisionFactors;
    final double[] logDetPrecision;
    final double[][] precisionMeans;
    final double[] logWeights;
    /** Total value added to each covariance diagonal. */
    final double[] appliedRegularization;

    GaussianComponents(int k, int d) {
        this.k = k;
        this.d = d;
        this.weights = new double[k];
        this.means = new double[k][d];
        this.covariances = new double[k][d * d];
        this.precisionFactors = new double[k][d * d];
        this.logDetPrecision = new double[k];
        this.precisionMeans = new double[k][d];
        this.logWeights = new double[k];
        this.appliedRegularization = new double[k];
    }

    GaussianComponents copy() {
        GaussianComponents c = new GaussianComponents(k, d);
        copyInto(c);
        return c;
    }

    void copyInto(GaussianComponents c) {
        System.arraycopy(weights, 0, c.weights, 0, k);
        System.arraycopy(logDetPrecision, 0, c.logDetPrecision, 0, k);
        System.arraycopy(logWeights, 0, c.logWeights, 0, k);
        System.arraycopy(appliedRegularization, 0, c.appliedRegularization, 0, k);
        for (int i = 0; i < k; i++) {
            System.arraycopy(means[i], 0, c.means[i], 0, d);
            System.arraycopy(covariances[i], 0, c.covariances[i], 0, d * d);
            System.arraycopy(precisionFactors[i], 0, c.precisionFactors[i], 0, d * d);
            System.arraycopy(precisionMeans[i], 0, c.precisionMeans[i], 0, d);
        }
    }

    /**
     * Derives P, ln det P and P μ of component {@code c} from {@code covariances[c]} after adding {@code regCovar}
     * to its diagonal. When Cholesky fails (the matrix is not numerically positive definite: collapsed component,
     * constant feature, regCovar = 0) more is added, ten times as much each time starting at
     * max(regCovar·10, 1e-10 · mean diagonal, 1e-300), so the result is always finite.
     *
     * @return true when more than {@code regCovar} had to be added
     */
    boolean finishComponent(int c, double regCovar) {
        double[] cov = covariances[c];
        double meanDiag = 0;
        double maxDiag = 0;
        for (int j = 0; j < d; j++) {
            cov[j * d + j] += regCovar;
            meanDiag += cov[j * d + j];
            maxDiag = Math.max(maxDiag, cov[j * d + j]);
        }
        meanDiag /= d;
        double extraAdded = 0;
        double step = Math.max(Math.max(regCovar * 10, 1e-10 * Math.abs(meanDiag)), Double.MIN_NORMAL);
        DMatrixRMaj work = new DMatrixRMaj(d, d);
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
        DMatrixRMaj lower = null;
        for (int attempt = 0; lower == null; attempt++) {
            System.arraycopy(cov, 0, work.data, 0, d * d);
            if (chol.decompose(work)) {
                DMatrixRMaj t = chol.getT(null);
                if (wellConditioned(t, maxDiag + extraAdded)) {
                    lower = t;
                    break;
                }
            }
            if (attempt == 64 || !Double.isFinite(meanDiag)) {
                throw new IllegalArgumentException("The covariance of component " + c + " is not finite or cannot"
                        + " be made positive definite (mean variance " + meanDiag + "). Scale the data, reduce 'k'"
                        + " or increase 'regCovar'.");
            }
            // regularise more: the diagonal gets step in total beyond regCovar, step growing tenfold
            double more = step - extraAdded;
            for (int j = 0; j < d; j++) {
                cov[j * d + j] += more;
            }
            extraAdded = step;
            step *= 10;
        }
        double added = regCovar + extraAdded;
        boolean extra = extraAdded > 0;
        appliedRegularization[c] = added;
        invertLower(lower.data, precisionFactors[c], d);
        double logDet = 0;
        for (int j = 0; j < d; j++) {
            logDet -= Math.log(lower.data[j * d + j]);
        }
        logDetPrecision[c] = logDet;
        double[] p = precisionFactors[c];
        double[] mu = means[c];
        double[] pm = precisionMeans[c];
        for (int j = 0; j < d; j++) {
            double s = 0;
            for (int l = 0; l <= j; l++) {
                s += p[j * d + l] * mu[l];
            }
            pm[j] = s;
        }
        logWeights[c] = Math.log(weights[c]);
        return extra;
    }

    /**
     * Whether every pivot L_jj² exceeds 1e-12 × the largest variance: smaller pivots mean a variance lost to
     * rounding (a constant feature, a collapsed component), whose log-density would be dominated by rounding error.
     */
    private boolean wellConditioned(DMatrixRMaj l, double maxVariance) {
        double floor = 1e-12 * maxVariance;
        for (int j = 0; j < d; j++) {
            double v = l.data[j * d + j];
            if (!(v * v > floor) || Double.isInfinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** P = L⁻¹ for lower-triangular L (both row-major d × d) by forward substitution, O(d³/6). */
    static void invertLower(double[] lower, double[] inv, int d) {
        Arrays.fill(inv, 0);
        for (int col = 0; col < d; col++) {
            inv[col * d + col] = 1 / lower[col * d + col];
            for (int i = col + 1; i < d; i++) {
                double s = 0;
                for (int m = col; m < i; m++) {
                    s += lower[i * d + m] * inv[m * d + col];
                }
                inv[i * d + col] = -s / lower[i * d + i];
            }
        }
    }

    /** ln N(y | μ_c, Σ_c) of one spectrum in double precision, O(d²/2). */
    double logDensity(int c, double[] y) {
        double[] p = precisionFactors[c];
        double[] pm = precisionMeans[c];
        double q = 0;
        for (int j = 0; j < d; j++) {
            double t = -pm[j];
            for (int l = 0; l <= j; l++) {
                t += p[j * d + l] * y[l];
            }
            q += t * t;
        }
        return -0.5 * d * LOG_2PI + logDetPrecision[c] - 0.5 * q;
    }

    /**
     * Weighted log-densities ln π_c + ln N(y_i | μ_c, Σ_c) for rows {@code [from, to)}, written to
     * {@code out[(i − from)·k + c]}.
     *
     * @param yt scratch of length d·{@link #BLOCK}
     * @param q  scratch of length 2·{@link #BLOCK}
     */
    void weightedLogDensities(SpectralMatrix data, int from, int to, double[] out, double[] yt, double[] q) {
        double[] tmp = new double[BLOCK];
        double[] tmp2 = new double[BLOCK];
        double constant = -0.5 * d * LOG_2PI;
        for (int start = from; start < to; start += BLOCK) {
            int b = Math.min(BLOCK, to - start);
            for (int p = 0; p < b; p++) {
                float[] blk = data.blockOf(start + p);
                int o = data.offsetOf(start + p);
                for (int j = 0; j < d; j++) {
                    yt[j * BLOCK + p] = blk[o + j];
                }
            }
            for (int c = 0; c < k; c++) {
                mahalanobisBlock(c, yt, b, q, tmp, tmp2);
                double base = constant + logDetPrecision[c] + logWeights[c];
                for (int p = 0; p < b; p++) {
                    out[(start - from + p) * k + c] = base - 0.5 * q[p];
                }
            }
        }
    }

    /**
     * q[p] = ‖P y_p − P μ‖² for the b pixels held transposed in yt. Row j of P y is accumulated over the pixels,
     * two rows and four entries of P at a time with fused multiply-adds, so the innermost loop runs over pixels and
     * vectorises. O(b·d²/2).
     */
    private void mahalanobisBlock(int c, double[] yt, int b, double[] q, double[] tmp, double[] tmp2) {
        double[] p = precisionFactors[c];
        double[] pm = precisionMeans[c];
        Arrays.fill(q, 0, b, 0.0);
        int j = 0;
        // two rows of P per pass: each load of yt feeds two fused multiply-adds
        for (; j + 1 < d; j += 2) {
            int row0 = j * d;
            int row1 = row0 + d;
            Arrays.fill(tmp, 0, b, -pm[j]);
            Arrays.fill(tmp2, 0, b, -pm[j + 1]);
            int l = 0;
            for (; l + 3 <= j; l += 4) {
                double a0 = p[row0 + l];
                double a1 = p[row0 + l + 1];
                double a2 = p[row0 + l + 2];
                double a3 = p[row0 + l + 3];
                double c0 = p[row1 + l];
                double c1 = p[row1 + l + 1];
                double c2 = p[row1 + l + 2];
                double c3 = p[row1 + l + 3];
                int o0 = l * BLOCK;
                int o1 = o0 + BLOCK;
                int o2 = o1 + BLOCK;
                int o3 = o2 + BLOCK;
                for (int x = 0; x < b; x++) {
                    double y0 = yt[o0 + x];
                    double y1 = yt[o1 + x];
                    double y2 = yt[o2 + x];
                    double y3 = yt[o3 + x];
                    tmp[x] = Math.fma(a3, y3, Math.fma(a2, y2, Math.fma(a1, y1, Math.fma(a0, y0, tmp[x]))));
                    tmp2[x] = Math.fma(c3, y3, Math.fma(c2, y2, Math.fma(c1, y1, Math.fma(c0, y0, tmp2[x]))));
                }
            }
            for (; l <= j; l++) {
                double a = p[row0 + l];
                double cc = p[row1 + l];
                int o = l * BLOCK;
                for (int x = 0; x < b; x++) {
                    tmp[x] = Math.fma(a, yt[o + x], tmp[x]);
                    tmp2[x] = Math.fma(cc, yt[o + x], tmp2[x]);
                }
            }
            double last = p[row1 + j + 1];
            int ol = (j + 1) * BLOCK;
            for (int x = 0; x < b; x++) {
                double u = Math.fma(last, yt[ol + x], tmp2[x]);
                q[x] = Math.fma(u, u, Math.fma(tmp[x], tmp[x], q[x]));
            }
        }
        for (; j < d; j++) {
            int row = j * d;
            Arrays.fill(tmp, 0, b, -pm[j]);
            for (int l = 0; l <= j; l++) {
                double a = p[row + l];
                int o = l * BLOCK;
                for (int x = 0; x < b; x++) {
                    tmp[x] = Math.fma(a, yt[o + x], tmp[x]);
                }
            }
            for (int x = 0; x < b; x++) {
                q[x] = Math.fma(tmp[x], tmp[x], q[x]);
            }
        }
    }
}
