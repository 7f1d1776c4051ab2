package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Algorithm 2 against the brute-force minimiser of g(S) over all valid subsets, on (λ, γ) from real weighted scatter
 * matrices of random data (so they satisfy the relations EM produces: Σ λ_k ≤ ‖Y‖²_F, Σ γ_k = N).
 */
class SaturatedSetTest {

    private static final class Case {
        double[] lambda;
        double[] gamma;
        double sumSq;
        double dN;
    }

    private static Case randomCase(SplittableRandom rng) {
        int k = 1 + rng.nextInt(8);
        int d = 2 + rng.nextInt(5);
        int n = 5 + rng.nextInt(40);
        double[][] y = new double[n][d];
        double[] direction = new double[d];
        for (int j = 0; j < d; j++) {
            direction[j] = rng.nextGaussian();
        }
        double signal = rng.nextDouble(0, 4);
        Case cs = new Case();
        for (double[] row : y) {
            double alpha = rng.nextGaussian() * signal;
            for (int j = 0; j < d; j++) {
                row[j] = alpha * direction[j] + rng.nextGaussian();
                cs.sumSq += row[j] * row[j];
            }
        }
        double[][] rho = new double[n][];
        int emptyComponent = rng.nextInt(3) == 0 ? rng.nextInt(k) : -1;
        for (int i = 0; i < n; i++) {
            rho[i] = SmmSampler.dirichlet(k, 1 + rng.nextDouble(3), rng);
            if (emptyComponent >= 0 && k > 1) {
                double moved = rho[i][emptyComponent];
                rho[i][emptyComponent] = 0;
                rho[i][(emptyComponent + 1) % k] += moved;
            }
        }
        cs.lambda = new double[k];
        cs.gamma = new double[k];
        cs.dN = (double) d * n;
        for (int c = 0; c < k; c++) {
            DMatrixRMaj a = new DMatrixRMaj(d, d);
            for (int i = 0; i < n; i++) {
                cs.gamma[c] += rho[i][c];
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q < d; q++) {
                        a.add(p, q, rho[i][c] * y[i][p] * y[i][q]);
                    }
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, false, true);
            assertTrue(eig.decompose(a));
            double max = 0;
            for (int i = 0; i < d; i++) {
                max = Math.max(max, eig.getEigenvalue(i).real);
            }
            cs.lambda[c] = max;
        }
        return cs;
    }

    private static double sigma2(boolean[] s, Case cs) {
        double num = cs.sumSq;
        double den = cs.dN;
        for (int c = 0; c < s.length; c++) {
            if (s[c]) {
                num -= cs.lambda[c];
                den -= cs.gamma[c];
            }
        }
        return num / den;
    }

    /** The brute-force argmin of g over valid S (valid: γ_k > 0 and σ²(S) ≤ λ_k/γ_k for k ∈ S). */
    private static boolean[] bruteForce(Case cs) {
        int k = cs.lambda.length;
        boolean[] best = null;
        double bestG = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < (1 << k); mask++) {
            boolean[] s = new boolean[k];
            for (int c = 0; c < k; c++) {
                s[c] = (mask >> c & 1) == 1;
            }
            double s2 = sigma2(s, cs);
            boolean valid = s2 > 0;
            double g = 0;
            double den = cs.dN;
            for (int c = 0; c < k && valid; c++) {
                if (s[c]) {
                    valid = cs.gamma[c] > 0 && s2 <= cs.lambda[c] / cs.gamma[c];
                    g += valid ? cs.gamma[c] * Math.log(cs.lambda[c] / cs.gamma[c]) : 0;
                    den -= cs.gamma[c];
                }
            }
            if (!valid) {
                continue;
            }
            g += den * Math.log(s2);
            if (g < bestG) {
                bestG = g;
                best = s;
            }
        }
        return best;
    }

    @Test
    void greedySetEqualsBruteForceMinimiserOfG() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int trial = 0; trial < 1500; trial++) {
            Case cs = randomCase(rng);
            SaturatedSet greedy = SaturatedSet.select(cs.lambda, cs.gamma, cs.sumSq, cs.dN);
            assertArrayEquals(bruteForce(cs), greedy.members, "trial " + trial);
            assertTrue(greedy.sigma2 > 0, "sigma2(S) > 0 (Lemma A.1)");
            assertEquals(sigma2(greedy.members, cs), greedy.sigma2, 1e-12 * greedy.sigma2);
        }
    }

    @Test
    void setDoesNotDependOnTheOrderEligibleComponentsAreAdded() {
        SplittableRandom rng = new SplittableRandom(22);
        for (int trial = 0; trial < 500; trial++) {
            Case cs = randomCase(rng);
            SaturatedSet greedy = SaturatedSet.select(cs.lambda, cs.gamma, cs.sumSq, cs.dN);
            SplittableRandom pickRng = new SplittableRandom(trial);
            SaturatedSet randomOrder = SaturatedSet.select(cs.lambda, cs.gamma, cs.sumSq, cs.dN, (eligible, ratio) -> {
                int count = 0;
                for (boolean e : eligible) {
                    count += e ? 1 : 0;
                }
                int pick = pickRng.nextInt(count);
                for (int c = 0; c < eligible.length; c++) {
                    if (eligible[c] && pick-- == 0) {
                        return c;
                    }
                }
                throw new AssertionError();
            });
            assertArrayEquals(greedy.members, randomOrder.members, "trial " + trial);
        }
    }

    @Test
    void componentWithZeroWeightIsNeverAdded() {
        SaturatedSet s = SaturatedSet.select(new double[] {50, 0, 30}, new double[] {10, 0, 10}, 100, 200);
        assertTrue(s.members[0]);
        assertFalse(s.members[1]);
        assertTrue(s.members[2]);
        assertEquals(20.0 / 180, s.sigma2, 1e-15);
    }
}
