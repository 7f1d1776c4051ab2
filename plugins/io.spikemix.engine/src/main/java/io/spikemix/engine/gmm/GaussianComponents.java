package io.spikemix.engine.gmm;

import java.util.Arrays;


import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.TransposedTile;

/**
 * The parameters of K full-covariance Gaussian components and what the E-step derives from them: for each component
 * the lower-triangular precision factor P = L⁻¹ of the Cholesky factor L of Σ (Σ = L Lᵀ, so Σ⁻¹ = Pᵀ P), ln det P
 * and P μ.
 *
 * <p>Log-density in the log domain (scikit-learn's formulation):
 * ln N(y | μ, Σ) = −(d/2) ln 2π + ln det P − ½ ‖P y − P μ‖², with ln det P = −Σ_j ln L_jj.
 *
 * <p>{@code precisionFactors} keep their upper triangle zero, which {@link TriangularNorms} relies on.
 *
 * <p>Mutable working state of one fit; the model keeps a finished instance and never changes it.
 */
final class GaussianComponents {

    static final double LOG_2PI = Math.log(2 * Math.PI);

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
        double[][] u = new double[d][d];
        for (int attempt = 0;; attempt++) {
            if (CholeskyRows.factor(cov, u, d) && wellConditioned(u, maxDiag + extraAdded)) {
                break;
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
        // P is built in triangular rows of its own (the axpys read earlier rows of P), then copied into place
        double[][] rows = new double[d][];
        for (int i = 0; i < d; i++) {
            rows[i] = new double[i + 1];
        }
        CholeskyRows.invertLowerFactor(u, precisionFactors[c], rows, d);
        double logDet = 0;
        for (int j = 0; j < d; j++) {
            logDet -= Math.log(u[j][j]);
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
    private boolean wellConditioned(double[][] u, double maxVariance) {
        double floor = 1e-12 * maxVariance;
        for (int j = 0; j < d; j++) {
            double v = u[j][j];
            if (!(v * v > floor) || Double.isInfinite(v)) {
                return false;
            }
        }
        return true;
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
     * {@code out[(i − from)·k + c]}. The rows are loaded tile by tile into {@code tile} and every component's
     * Mahalanobis terms computed from it by {@link TriangularNorms}, so each pixel is converted to double once per
     * E-step, not once per component. O((to − from)·K·d²/2).
     *
     * @param q scratch of length ≥ tile capacity
     */
    void weightedLogDensities(SpectralMatrix data, int from, int to, double[] out, TransposedTile tile,
            TriangularNorms norms, double[] q) {
        double constant = -0.5 * d * LOG_2PI;
        int cap = tile.capacity();
        for (int start = from; start < to; start += cap) {
            int b = Math.min(cap, to - start);
            tile.load(data, start, b);
            for (int c = 0; c < k; c++) {
                norms.squaredNorms(precisionFactors[c], precisionMeans[c], tile, q);
                double base = constant + logDetPrecision[c] + logWeights[c];
                int o = (start - from) * k + c;
                for (int p = 0; p < b; p++) {
                    out[o + p * k] = base - 0.5 * q[p];
                }
            }
        }
    }
}
