package io.spikemix.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The β of {@code --spatial-beta auto} (method.md eq. 39): the maximum pseudo-likelihood estimate of a Potts
 * model's interaction from labels, checked on labels sampled from Potts models of known β.
 */
class PottsPseudoLikelihoodTest {

    private static SpatialGrid grid(int side) {
        int[] x = new int[side * side];
        int[] y = new int[side * side];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % side;
            y[i] = i / side;
        }
        return SpatialGrid.fromCoordinates(x, y, Neighbourhood.FOUR);
    }

    /** Labels from a Potts model with interaction β on the grid: 300 Gibbs sweeps from independent labels. */
    private static int[] potts(SpatialGrid g, int k, double beta, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] z = new int[g.rows()];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextInt(k);
        }
        double[] p = new double[k];
        for (int sweep = 0; sweep < 300; sweep++) {
            for (int i = 0; i < z.length; i++) {
                java.util.Arrays.fill(p, 0);
                for (int j : g.neighboursOf(i)) {
                    p[z[j]] += beta;
                }
                double s = 0;
                for (int c = 0; c < k; c++) {
                    p[c] = Math.exp(p[c]);
                    s += p[c];
                }
                double u = rng.nextDouble() * s;
                int c = 0;
                while (c < k - 1 && (u -= p[c]) > 0) {
                    c++;
                }
                z[i] = c;
            }
        }
        return z;
    }

    @Test
    void recoversTheInteractionOfSampledPottsLabels() {
        SpatialGrid g = grid(80);
        // below the critical value ln(1 + √3) ≈ 1.005 for three labels, where the model stays mixed and β is
        // identifiable; pseudo-likelihood is consistent, and on 6,400 pixels within a few hundredths
        for (double beta : new double[] {0.3, 0.6, 0.9}) {
            double est = PottsPseudoLikelihood.estimate(potts(g, 3, beta, 5), 3, g);
            assertEquals(beta, est, 0.08, "true β " + beta);
        }
    }

    @Test
    void independentLabelsGiveNearlyZero() {
        SpatialGrid g = grid(80);
        SplittableRandom rng = new SplittableRandom(2);
        int[] z = new int[g.rows()];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextInt(4);
        }
        assertEquals(0, PottsPseudoLikelihood.estimate(z, 4, g), 0.05);
    }

    @Test
    void theEstimateMaximisesThePseudoLikelihood() {
        SpatialGrid g = grid(40);
        int[] z = potts(g, 3, 0.7, 9);
        double est = PottsPseudoLikelihood.estimate(z, 3, g);
        double at = PottsPseudoLikelihood.logPseudoLikelihood(z, 3, g, est);
        assertTrue(at >= PottsPseudoLikelihood.logPseudoLikelihood(z, 3, g, est - 0.01));
        assertTrue(at >= PottsPseudoLikelihood.logPseudoLikelihood(z, 3, g, est + 0.01));
    }

    @Test
    void labelsThatAlwaysAgreeGiveTheCap() {
        SpatialGrid g = grid(10);
        int[] z = new int[g.rows()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (i % 10) < 5 ? 0 : 1;
        }
        // two half planes: only the pixels along the border disagree with a neighbour, so the maximiser is finite
        // but large; one label everywhere has no finite maximiser and gives the cap
        double est = PottsPseudoLikelihood.estimate(z, 2, g);
        assertTrue(est > 1.5, "two half planes: " + est);
        int[] one = new int[g.rows()];
        assertEquals(PottsPseudoLikelihood.BETA_MAX, PottsPseudoLikelihood.estimate(one, 2, g));
    }
}
