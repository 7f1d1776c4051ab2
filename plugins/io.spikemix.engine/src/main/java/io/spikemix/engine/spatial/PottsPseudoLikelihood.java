package io.spikemix.engine.spatial;

import java.util.Objects;

/**
 * Chooses β for {@code --spatial-beta auto} (method.md §8.4): the maximum pseudo-likelihood estimate (Besag 1975)
 * of the interaction strength of a Potts model on the grid, from a segmentation's labels,
 *
 * <pre>  β̂ = argmax_{0 ≤ β ≤ β_max} Σ_i [ β·n_i(z_i) − ln Σ_k exp(β·n_i(k)) ]                    (method.md eq. 39)</pre>
 *
 * with n_i(k) the number of neighbours of pixel i labelled k. The Potts prior p(z) ∝ exp(β Σ_{i~j} 1[z_i = z_j]) is
 * the model whose mean-field E-step neighbourhood EM's is (eq. 37 with hard ρ), so β̂ is on the scale of the
 * spatial term of eq. 36. The log pseudo-likelihood is concave in β (a linear term minus log-sum-exps of linear
 * functions), so the maximiser is found by bisection on its derivative Σ_i [n_i(z_i) − E_β n_i(k)], which
 * decreases in β.
 *
 * <p>Why not BIC or ICL as for the number of components: β adds no free parameter, so BIC's penalty is the same for
 * every β and BIC reduces to L(θ), which is highest at β = 0 (the plain fit maximises it); ICL's entropy term
 * rewards crisp responsibilities, which grow with β without bound, so ICL favours the largest β offered. Neither
 * measures whether the data support spatial coherence; the labels' own neighbour agreement does.
 *
 * <p>Pixels without neighbours add nothing. Labels that agree with all neighbours everywhere have no finite
 * maximiser; the estimate is then {@link #BETA_MAX}.
 */
public final class PottsPseudoLikelihood {

    /**
     * Largest β returned. Well above the critical value of the Potts model on the square lattice, ln(1 + √q) ≈ 0.9–1.2
     * for q = 2–6 labels with four neighbours, beyond which the prior alone already forces large uniform regions.
     */
    public static final double BETA_MAX = 3.0;

    private static final int BISECTIONS = 60;

    private PottsPseudoLikelihood() {
    }

    /**
     * @param labels one label in [0, k) per grid row
     * @param k      number of labels
     * @param grid   the neighbour lists
     * @return β̂ in [0, {@link #BETA_MAX}]
     */
    public static double estimate(int[] labels, int k, SpatialGrid grid) {
        Objects.requireNonNull(labels, "labels");
        if (labels.length != grid.rows()) {
            throw new IllegalArgumentException("expected " + grid.rows() + " labels, got " + labels.length);
        }
        int n = labels.length;
        // n_i(k) per pixel, as counts; pixels with the same count vector and own count contribute alike, but the
        // grid is small enough (N·K ints) to keep them all
        int[] counts = new int[n * k];
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is outside [0, " + k + ")");
            }
            for (int p = grid.start(i), end = grid.end(i); p < end; p++) {
                counts[i * k + labels[grid.neighbourAt(p)]]++;
            }
        }
        if (derivative(labels, counts, k, BETA_MAX) >= 0) {
            return BETA_MAX;
        }
        if (derivative(labels, counts, k, 0) <= 0) {
            return 0;
        }
        double lo = 0;
        double hi = BETA_MAX;
        for (int it = 0; it < BISECTIONS; it++) {
            double mid = 0.5 * (lo + hi);
            if (derivative(labels, counts, k, mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The log pseudo-likelihood of eq. 39 at β (for tests and reports). */
    public static double logPseudoLikelihood(int[] labels, int k, SpatialGrid grid, double beta) {
        double total = 0;
        double[] a = new double[k];
        for (int i = 0; i < labels.length; i++) {
            java.util.Arrays.fill(a, 0);
            for (int p = grid.start(i), end = grid.end(i); p < end; p++) {
                a[labels[grid.neighbourAt(p)]] += beta;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double v : a) {
                max = Math.max(max, v);
            }
            double s = 0;
            for (double v : a) {
                s += Math.exp(v - max);
            }
            total += a[labels[i]] - max - Math.log(s);
        }
        return total;
    }

    /** d/dβ of eq. 39: Σ_i [n_i(z_i) − Σ_k n_i(k) softmax_k(β n_i)]. */
    private static double derivative(int[] labels, int[] counts, int k, double beta) {
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            int o = i * k;
            int max = 0;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, counts[o + c]);
            }
            double z = 0;
            double m = 0;
            for (int c = 0; c < k; c++) {
                double e = Math.exp(beta * (counts[o + c] - max));
                z += e;
                m += e * counts[o + c];
            }
            total += counts[o + labels[i]] - m / z;
        }
        return total;
    }
}
