package io.spikemix.engine.gmm;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Spikes from a list of covariance matrices by the spectral-gap formula of method.md §4: the least-squares fit of
 * every Σ_k by x_k x_kᵀ + σ² I with one shared σ².
 *
 * <pre>
 *   σ²_GMM = (1/K) Σ_k (tr Σ_k − λ₁(Σ_k)) / (d − 1)                       (eq. 20, unweighted mean over components)
 *   x_k    = √(λ₁(Σ_k) − σ²_GMM) · v₁(Σ_k)                                   (eq. 21)
 *   valid when λ₁(Σ_j) ≥ Σ_k Σ_{i≥2} λ_i(Σ_k) / (K(d − 1)) for every j      (eq. 19)
 * </pre>
 *
 * The right-hand side of eq. 19 equals σ²_GMM, so eq. 19 fails exactly for the components whose eq. 21 square root
 * would be of a negative number; their spike is set to 0 and they are listed in {@link #violatingComponents()}.
 * The sign of each spike is fixed so that its entry of largest magnitude is positive (spikes are identifiable only up
 * to sign, method.md §1).
 *
 * <p>Works from any covariance-like matrices: Gaussian mixture covariances, or k-means clusters' uncentred second
 * moments ({@code KMeansModel.clusterSecondMoments}). Assumes d ≥ 2 (eq. 20 divides by d − 1). Complexity
 * O(K·d³) for the symmetric eigendecompositions (EJML).
 */
public final class SpectralGapSpikes {

    private final double sigma2;
    private final double[][] spikes;
    private final double[] leadingEigenvalues;
    private final int[] violating;

    private SpectralGapSpikes(double sigma2, double[][] spikes, double[] leadingEigenvalues, int[] violating) {
        this.sigma2 = sigma2;
        this.spikes = spikes;
        this.leadingEigenvalues = leadingEigenvalues;
        this.violating = violating;
    }

    /**
     * Applies eqs. 19–21.
     *
     * @param covariances K ≥ 1 symmetric positive semi-definite d × d matrices, d ≥ 2, not modified
     * @throws IllegalArgumentException when the list is empty, sizes differ, d &lt; 2, a matrix is not finite, not
     *                                  symmetric or has a clearly negative eigenvalue (the message names the component)
     */
    public static SpectralGapSpikes of(List<DMatrixRMaj> covariances) {
        int k = covariances.size();
        if (k == 0) {
            throw new IllegalArgumentException("The spectral-gap formula needs at least one covariance matrix.");
        }
        int d = covariances.get(0).numRows;
        if (d < 2) {
            throw new IllegalArgumentException("The spectral-gap formula (method.md eq. 20) needs d >= 2 features. Got"
                    + " d = " + d + ".");
        }
        double[] lambda1 = new double[k];
        double[][] v1 = new double[k][];
        double sigmaSum = 0;
        for (int c = 0; c < k; c++) {
            DMatrixRMaj s = covariances.get(c);
            check(s, c, d);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
            if (!eig.decompose(s.copy())) {
                throw new IllegalArgumentException("The eigendecomposition of covariance " + c + " failed.");
            }
            int top = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < d; i++) {
                double l = eig.getEigenvalue(i).real;
                min = Math.min(min, l);
                max = Math.max(max, Math.abs(l));
                if (l > eig.getEigenvalue(top).real) {
                    top = i;
                }
            }
            if (min < -1e-10 * Math.max(max, Double.MIN_NORMAL)) {
                throw new IllegalArgumentException("Covariance " + c + " is not positive semi-definite: its smallest"
                        + " eigenvalue is " + min + ". Pass covariance or second-moment matrices.");
            }
            // λ₁ ≥ 0 and tr − λ₁ = Σ_{i≥2} λ_i ≥ 0 for a positive semi-definite matrix; rounding of the eigenvalue can
            // push either below zero (a rank-one y yᵀ, as k-means with K = N gives, made σ² = −3e-17: issue 17 item
            // 10), so both are clamped: the reported σ² is never negative
            lambda1[c] = Math.max(0, eig.getEigenvalue(top).real);
            DMatrixRMaj vec = eig.getEigenVector(top);
            v1[c] = unitWithPositiveLargestEntry(vec.data, d);
            double trace = 0;
            for (int j = 0; j < d; j++) {
                trace += s.unsafe_get(j, j);
            }
            sigmaSum += Math.max(0, trace - lambda1[c]) / (d - 1);
        }
        double sigma2 = sigmaSum / k;
        double[][] spikes = new double[k][d];
        List<Integer> violating = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (lambda1[c] < sigma2) {
                violating.add(c);
                continue;
            }
            double scale = Math.sqrt(lambda1[c] - sigma2);
            for (int j = 0; j < d; j++) {
                spikes[c][j] = scale * v1[c][j];
            }
        }
        return new SpectralGapSpikes(sigma2, spikes, lambda1,
                violating.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void check(DMatrixRMaj s, int c, int d) {
        if (s.numRows != d || s.numCols != d) {
            throw new IllegalArgumentException("Covariance " + c + " is " + s.numRows + " x " + s.numCols
                    + ", expected " + d + " x " + d + " like covariance 0.");
        }
        double scale = 0;
        for (int i = 0; i < d * d; i++) {
            double v = s.data[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Covariance " + c + " holds " + v + " at row " + (i / d)
                        + ", column " + (i % d) + "; covariances must be finite.");
            }
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                if (Math.abs(s.unsafe_get(i, j) - s.unsafe_get(j, i)) > 1e-9 * scale) {
                    throw new IllegalArgumentException("Covariance " + c + " is not symmetric: entry (" + i + ", " + j
                            + ") = " + s.unsafe_get(i, j) + " but (" + j + ", " + i + ") = " + s.unsafe_get(j, i) + ".");
                }
            }
        }
    }

    private static double[] unitWithPositiveLargestEntry(double[] v, int d) {
        double norm = 0;
        int largest = 0;
        for (int j = 0; j < d; j++) {
            norm += v[j] * v[j];
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        norm = Math.sqrt(norm);
        double sign = v[largest] < 0 ? -1 : 1;
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            out[j] = sign * v[j] / norm;
        }
        return out;
    }

    /** σ²_GMM of eq. 20, also the right-hand side of the spectral-gap condition eq. 19. */
    public double sigma2() {
        return sigma2;
    }

    /** Spikes x_k of eq. 21, K × d; the zero vector for the components in {@link #violatingComponents()}. */
    public double[][] spikes() {
        double[][] out = new double[spikes.length][];
        for (int c = 0; c < spikes.length; c++) {
            out[c] = spikes[c].clone();
        }
        return out;
    }

    /** λ₁(Σ_k), the largest eigenvalue of each matrix. */
    public double[] leadingEigenvalues() {
        return leadingEigenvalues.clone();
    }

    /** Whether the spectral-gap condition eq. 19 holds for every component. */
    public boolean conditionHolds() {
        return violating.length == 0;
    }

    /** Components with λ₁(Σ_k) &lt; σ²_GMM: they violate eq. 19 and their spike is reported as 0. */
    public int[] violatingComponents() {
        return violating.clone();
    }
}
