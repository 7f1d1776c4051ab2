package io.spikemix.engine.smm;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import io.spikemix.engine.progress.CanceledException;

/**
 * Leading eigenpairs of K symmetric positive semi-definite matrices A_k known only through products A_k·q, by the
 * Lanczos method with full re-orthogonalisation, all K run in lock-step so that one data pass serves every
 * component that is still iterating.
 *
 * <p>Each run starts from the previous EM iteration's eigenvector (warm start), whose product is already known from
 * the E-step pass, so a converged EM step costs no extra pass at all. A run stops when its Ritz pair (θ, v) has
 * residual ‖A v − θ v‖ = β_j |s_j| ≤ {@link #TOLERANCE}·θ; then |θ − λ₁| ≤ ‖r‖²/gap and the angle to the true
 * eigenvector is at most ‖r‖/gap (gap = λ₁ − λ₂). It also stops after a given number of steps (at most
 * {@link #MAX_STEPS}; the EM fit uses {@link SpikedMixtureFitter#LANCZOS_STEPS}), or d steps (the Krylov space is
 * then exact). Because the Krylov space contains the start vector, the Ritz value is never
 * below the start's Rayleigh quotient, so EM with these eigenpairs still never decreases the likelihood
 * (a generalised EM step) even when a run stops early.
 *
 * <p>The last step a run is allowed asks only for the quadratic form q_jᵀA q_j ({@link Products#quadraticForms}):
 * the Ritz pair needs α_j, while the product itself would only serve the next basis vector. The result gives each
 * eigenvector's coefficients in its Krylov basis, so a caller that kept data projections on the basis vectors can
 * project on the eigenvector without reading the data again.
 *
 * <p>Cost per step and component: one product plus O(j·d) for re-orthogonalisation and an O(j³) tridiagonal eigen
 * solve (j ≤ {@link #MAX_STEPS}).
 */
final class Lanczos {

    /**
     * Relative residual at which a Ritz pair is accepted: the eigenvalue is then within 1e-10·λ₁²/gap of λ₁ and the
     * direction within 1e-5·λ₁/gap radians, below what the EM stopping rules (t ≥ 1e-8 on L) can see, at about half
     * the passes a 1e-7 residual costs from a cold start (measured with SmmBenchmark, N = 5e4, d = 100, K = 10).
     */
    static final double TOLERANCE = 1e-5;
    /** Largest Krylov dimension per solve. */
    static final int MAX_STEPS = 60;

    /** One data pass over a set of components, each with its Krylov vector number {@code index} (0 is the start). */
    interface Products {
        /** A_c·q for each listed component c = comps[i], q = vectors[i]. */
        double[][] apply(int[] comps, double[][] vectors, int index) throws CanceledException;

        /**
         * qᵀA_c q only, for a run's last step: the Ritz pair needs the last α_j = q_jᵀA q_j but not the product
         * itself, whose only other use would be the next basis vector. A data pass can compute the quadratic form
         * Σ_i ρ_ic (y_iᵀq)² from the projections alone, without the weighted sums.
         */
        default double[] quadraticForms(int[] comps, double[][] vectors, int index) throws CanceledException {
            double[][] w = apply(comps, vectors, index);
            double[] out = new double[comps.length];
            for (int i = 0; i < comps.length; i++) {
                out[i] = dot(vectors[i], w[i]);
            }
            return out;
        }
    }

    /**
     * Leading eigenvalues and unit eigenvectors, each eigenvector's coefficients in its Krylov basis, and the number
     * of extra passes used.
     */
    static final class Result {
        final double[] values;
        final double[][] vectors;
        /**
         * vectors[c] = Σ_j coefficients[c][j]·q_j for the Krylov vectors q_0 = start[c], q_1, … that the passes were
         * given for component c (one coefficient per vector; up to rounding, as the vector is summed from them).
         */
        final double[][] coefficients;
        final int passes;

        Result(double[] values, double[][] vectors, double[][] coefficients, int passes) {
            this.values = values;
            this.vectors = vectors;
            this.coefficients = coefficients;
            this.passes = passes;
        }
    }

    private Lanczos() {
    }

    /**
     * @param start         unit start vectors, one per matrix
     * @param startProducts A_k·start_k
     * @param products      computes further products
     */
    static Result leading(double[][] start, double[][] startProducts, Products products) throws CanceledException {
        return leading(start, startProducts, products, MAX_STEPS);
    }

    /**
     * As {@link #leading(double[][], double[][], Products)} with at most {@code maxSteps} Krylov steps per matrix
     * (at most maxSteps − 1 product passes).
     */
    static Result leading(double[][] start, double[][] startProducts, Products products, int maxSteps)
            throws CanceledException {
        int k = start.length;
        int d = start[0].length;
        Run[] runs = new Run[k];
        for (int c = 0; c < k; c++) {
            runs[c] = new Run(start[c], Math.max(1, Math.min(d, Math.min(maxSteps, MAX_STEPS))));
            runs[c].step(startProducts[c]);
        }
        int passes = 0;
        while (true) {
            List<Integer> open = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                if (!runs[c].done) {
                    open.add(c);
                }
            }
            if (open.isEmpty()) {
                break;
            }
            int[] comps = open.stream().mapToInt(Integer::intValue).toArray();
            double[][] vectors = new double[comps.length][];
            for (int i = 0; i < comps.length; i++) {
                vectors[i] = runs[comps[i]].last();
            }
            // The open runs are in lock-step: all started together and each pass advances all of them by one step.
            Run first = runs[comps[0]];
            int index = first.q.size() - 1;
            if (first.atLastStep()) {
                double[] alpha = products.quadraticForms(comps, vectors, index);
                for (int i = 0; i < comps.length; i++) {
                    runs[comps[i]].finish(alpha[i]);
                }
            } else {
                double[][] w = products.apply(comps, vectors, index);
                for (int i = 0; i < comps.length; i++) {
                    runs[comps[i]].step(w[i]);
                }
            }
            passes++;
        }
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        double[][] coefficients = new double[k][];
        for (int c = 0; c < k; c++) {
            values[c] = runs[c].value;
            vectors[c] = runs[c].vector;
            coefficients[c] = runs[c].coefficients;
        }
        return new Result(values, vectors, coefficients, passes);
    }

    /** Lanczos state of one matrix. */
    private static final class Run {
        private final List<double[]> q = new ArrayList<>();
        private final double[] alpha;
        private final double[] beta;
        private final int maxSteps;
        boolean done;
        double value;
        double[] vector;
        double[] coefficients;

        Run(double[] start, int maxSteps) {
            this.maxSteps = maxSteps;
            this.alpha = new double[maxSteps];
            this.beta = new double[maxSteps];
            q.add(start.clone());
        }

        double[] last() {
            return q.get(q.size() - 1);
        }

        /** Whether the next product would be for the last basis vector allowed. */
        boolean atLastStep() {
            return q.size() >= maxSteps;
        }

        /** Takes w = A·q_j and either finishes or appends q_{j+1}. */
        void step(double[] w) {
            int j = q.size() - 1;
            double[] qj = q.get(j);
            int d = qj.length;
            double a = dot(qj, w);
            alpha[j] = a;
            double[] r = w.clone();
            axpy(-a, qj, r);
            if (j > 0) {
                axpy(-beta[j - 1], q.get(j - 1), r);
            }
            // Full re-orthogonalisation, twice ("twice is enough"), keeps the basis orthonormal in floating point.
            for (int pass = 0; pass < 2; pass++) {
                for (double[] qi : q) {
                    axpy(-dot(qi, r), qi, r);
                }
            }
            double b = Math.sqrt(dot(r, r));
            beta[j] = b;
            double[] s = new double[j + 1];
            double theta = ritz(j + 1, s);
            double residual = b * Math.abs(s[j]);
            if (b == 0 || residual <= TOLERANCE * Math.abs(theta) || j + 1 >= maxSteps) {
                conclude(theta, s);
                return;
            }
            for (int i = 0; i < d; i++) {
                r[i] /= b;
            }
            q.add(r);
        }

        /** Takes α_j = q_jᵀA q_j of the last basis vector and finishes. */
        void finish(double a) {
            int j = q.size() - 1;
            alpha[j] = a;
            double[] s = new double[j + 1];
            conclude(ritz(j + 1, s), s);
        }

        /** Leading eigenpair (θ, s) of the m × m tridiagonal T_m = Q_mᵀ A Q_m. */
        private double ritz(int m, double[] s) {
            if (m == 1) {
                s[0] = 1;
                return alpha[0];
            }
            DMatrixRMaj t = new DMatrixRMaj(m, m);
            for (int i = 0; i < m; i++) {
                t.unsafe_set(i, i, alpha[i]);
                if (i + 1 < m) {
                    t.unsafe_set(i, i + 1, beta[i]);
                    t.unsafe_set(i + 1, i, beta[i]);
                }
            }
            return DenseEigen.leading(t, s);
        }

        /** The Ritz vector Q s, normalised, as the run's result. */
        private void conclude(double theta, double[] s) {
            int m = s.length;
            int d = q.get(0).length;
            double[] v = new double[d];
            for (int i = 0; i < m; i++) {
                axpy(s[i], q.get(i), v);
            }
            double norm = Math.sqrt(dot(v, v));
            coefficients = new double[m];
            for (int i = 0; i < m; i++) {
                coefficients[i] = s[i] / norm;
            }
            for (int i = 0; i < d; i++) {
                v[i] /= norm;
            }
            value = theta;
            vector = v;
            done = true;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
