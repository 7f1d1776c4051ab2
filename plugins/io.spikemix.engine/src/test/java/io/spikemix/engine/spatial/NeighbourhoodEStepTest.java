package io.spikemix.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Neighbourhood EM's E-step (method.md §8, eqs. 36–38) on random log-scores: the coloured sweeps never decrease
 * the criterion U, β = 0 gives the plain posterior, larger β makes neighbours agree more, and the threads do not
 * change a bit.
 */
class NeighbourhoodEStepTest {

    private static final int BLOCK = 300;

    /** Log-scores of an h × w image, K = 3, in blocks of {@link #BLOCK} rows; row-major pixels. */
    private static double[][] scores(int h, int w, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = h * w;
        double[][] out = new double[(n + BLOCK - 1) / BLOCK][];
        for (int b = 0; b < out.length; b++) {
            out[b] = new double[Math.min(BLOCK, n - b * BLOCK) * k];
            for (int i = 0; i < out[b].length; i++) {
                out[b][i] = 3 * rng.nextGaussian();
            }
        }
        return out;
    }

    private static double[][] like(double[][] a) {
        double[][] out = new double[a.length][];
        for (int b = 0; b < a.length; b++) {
            out[b] = new double[a[b].length];
        }
        return out;
    }

    private static SpatialGrid grid(int h, int w, Neighbourhood nb) {
        int[] x = new int[h * w];
        int[] y = new int[h * w];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % w;
            y[i] = i / w;
        }
        return SpatialGrid.fromCoordinates(x, y, nb);
    }

    private static NeighbourhoodEStep.ParallelLoop sequential() {
        return (count, task) -> {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
        };
    }

    @Test
    void everySweepKeepsOrRaisesTheCriterion() throws CanceledException {
        for (Neighbourhood nb : Neighbourhood.values()) {
            for (double beta : new double[] {0.3, 1, 4}) {
                SpatialGrid g = grid(30, 41, nb);
                double[][] l = scores(30, 41, 3, 7);
                double[][] rho = like(l);
                NeighbourhoodEStep step = new NeighbourhoodEStep(g, 3, BLOCK, beta, sequential());
                double u = step.run(l, rho, true);
                for (int rep = 0; rep < 6; rep++) {
                    double next = step.run(l, rho, false);
                    // exact coordinate ascent: only rounding (a few ulps of |U| per row) may lower U
                    assertTrue(next >= u - 1e-12 * Math.abs(u) * g.rows(), nb + " β=" + beta + ": " + u + " -> " + next);
                    u = next;
                }
            }
        }
    }

    @Test
    void betaZeroIsThePlainPosterior() throws CanceledException {
        SpatialGrid g = grid(7, 9, Neighbourhood.FOUR);
        double[][] l = scores(7, 9, 3, 1);
        double[][] rho = like(l);
        double u = new NeighbourhoodEStep(g, 3, BLOCK, 0, sequential()).run(l, rho, true);
        double sumLse = 0;
        for (int b = 0; b < l.length; b++) {
            for (int o = 0; o < l[b].length; o += 3) {
                double m = Math.max(l[b][o], Math.max(l[b][o + 1], l[b][o + 2]));
                double s = Math.exp(l[b][o] - m) + Math.exp(l[b][o + 1] - m) + Math.exp(l[b][o + 2] - m);
                for (int c = 0; c < 3; c++) {
                    assertEquals(Math.exp(l[b][o + c] - m) / s, rho[b][o + c], 1e-15);
                }
                sumLse += m + Math.log(s);
            }
        }
        // U at β = 0 and ρ the posterior is the log-likelihood Σ_i ln Σ_k exp(l_ik)
        assertEquals(sumLse, u, 1e-10 * Math.abs(sumLse));
    }

    @Test
    void largerBetaMakesNeighboursAgreeMore() throws CanceledException {
        SpatialGrid g = grid(25, 25, Neighbourhood.FOUR);
        double[][] l = scores(25, 25, 3, 3);
        double previous = -1;
        for (double beta : new double[] {0, 0.5, 1.5}) {
            double[][] rho = like(l);
            new NeighbourhoodEStep(g, 3, BLOCK, beta, sequential()).run(l, rho, true);
            int agree = 0;
            for (int i = 0; i < g.rows(); i++) {
                for (int j : g.neighboursOf(i)) {
                    agree += argmax(rho, i) == argmax(rho, j) ? 1 : 0;
                }
            }
            assertTrue(agree > previous, "β=" + beta + ": " + agree + " agreeing neighbour pairs, before " + previous);
            previous = agree;
        }
    }

    @Test
    void theThreadCountDoesNotChangeABit() throws CanceledException {
        // more rows than a chunk, so several tasks per colour run concurrently
        SpatialGrid g = grid(120, 150, Neighbourhood.EIGHT);
        double[][] l = scores(120, 150, 3, 11);
        double[][] one = like(l);
        double[][] three = like(l);
        double u1 = new NeighbourhoodEStep(g, 3, BLOCK, 1.2, sequential()).run(l, one, true);
        double u3;
        try (ParallelTasks tasks = new ParallelTasks(3)) {
            u3 = new NeighbourhoodEStep(g, 3, BLOCK, 1.2,
                    (count, task) -> tasks.run(count, (i, cancel) -> task.accept(i), ProgressMonitor.NONE))
                    .run(l, three, true);
        }
        assertEquals(Double.doubleToRawLongBits(u1), Double.doubleToRawLongBits(u3));
        for (int b = 0; b < one.length; b++) {
            assertArrayEquals(one[b], three[b], 0.0);
        }
    }

    private static int argmax(double[][] rho, int i) {
        double[] r = rho[i / BLOCK];
        int o = (i % BLOCK) * 3;
        int best = 0;
        for (int c = 1; c < 3; c++) {
            if (r[o + c] > r[o + best]) {
                best = c;
            }
        }
        return best;
    }
}
