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

    /** One data pass computing A_c·q for a set of components. */
    interface Products {
        double[][] apply(int[] comps, double[][] vectors) throws CanceledException;
    }

    /** Leading eigenvalues and unit eigenvectors, and the number of extra product passes used. */
    static final class Result {
        final double[] values;
        final double[][] vectors;
        final int passes;

        Result(double[] values, double[][] vectors, int passes) {
            this.values = values;
            this.vectors = vectors;
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
            double[][] w = products.apply(comps, vectors);
            passes++;
            for (int i = 0; i < comps.length; i++) {
                runs[comps[i]].step(w[i]);
            }
        }
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        for (int c = 0; c < k; c++) {
            values[c] = runs[c].value;
            vectors[c] = runs[c].vector;
        }
        return new Result(values, vectors, passes);
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

        Run(double[] start, int maxSteps) {
            this.maxSteps = maxSteps;
            this.alpha = new double[maxSteps];
            this.beta = new double[maxSteps];
            q.add(start.clone());
        }

        double[] last() {
            return q.get(q.size() - 1);
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
            int m = j + 1;
            DMatrixRMaj t = new DMatrixRMaj(m, m);
            for (int i = 0; i < m; i++) {
                t.unsafe_set(i, i, alpha[i]);
                if (i + 1 < m) {
                    t.unsafe_set(i, i + 1, beta[i]);
                    t.unsafe_set(i + 1, i, beta[i]);
                }
            }
            double[] s = new double[m];
            double theta = m == 1 ? a : DenseEigen.leading(t, s);
            if (m == 1) {
                s[0] = 1;
            }
            double residual = b * Math.abs(s[m - 1]);
            if (b == 0 || residual <= TOLERANCE * Math.abs(theta) || m >= maxSteps) {
                double[] v = new double[d];
                for (int i = 0; i < m; i++) {
                    axpy(s[i], q.get(i), v);
                }
                double norm = Math.sqrt(dot(v, v));
                for (int i = 0; i < d; i++) {
                    v[i] /= norm;
                }
                value = theta;
                vector = v;
                done = true;
                return;
            }
            for (int i = 0; i < d; i++) {
                r[i] /= b;
            }
            q.add(r);
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
