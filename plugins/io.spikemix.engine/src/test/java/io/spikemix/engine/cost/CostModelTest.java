package io.spikemix.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.smm.SieveSchedule;

/**
 * The cost model's estimates grow as the methods' work does, and the GMM sample it proposes is the largest that
 * meets the budget.
 */
class CostModelTest {

    @Test
    void estimatesScaleWithTheWorkOfEachMethod() {
        FitCost smm = CostModel.smm(100_000, 100, 10, SieveSchedule.IMS, 2);
        assertEquals(6 * 6 + 3 * 60, smm.iterations(), "n1 d1 + n2 d2 iterations at most");
        assertEquals(2 * smm.seconds(), CostModel.smm(200_000, 100, 10, SieveSchedule.IMS, 2).seconds(), 1e-9,
                "linear in N");
        assertEquals(smm.seconds() * 843 / 100, CostModel.smm(100_000, 843, 10, SieveSchedule.IMS, 2).seconds(),
                1e-9, "linear in d above the Krylov-reuse switch");
        FitCost gmm = CostModel.gmm(8_000, 843, 12, 100, 2);
        FitCost gmmTwiceD = CostModel.gmm(8_000, 1686, 12, 100, 2);
        assertTrue(gmmTwiceD.seconds() > 4 * gmm.seconds() && gmmTwiceD.seconds() < 8 * gmm.seconds(),
                "between d² and d³ in d");
        assertTrue(gmm.bytes() > 3L * 12 * 843 * 843 * 8, "K d² covariances, factors and inverses");
    }

    @Test
    void theGmmSampleIsTheLargestThatMeetsTheBudgetAndNeverBelowTheMinimum() {
        int n = 572_832;
        int d = 843;
        int k = 12;
        long iterations = 100;
        double budget = 600;
        assertTrue(CostModel.gmm(n, d, k, iterations, 2).seconds() > budget, "all pixels are far over budget");
        int m = CostModel.gmmSampleSize(n, d, k, iterations, 2, budget, 240);
        assertTrue(m > 240 && m < n, "a real sample: " + m);
        double assign = CostModel.gmmAssignment(n, d, k, 2);
        assertTrue(assign > 0 && assign < budget);
        assertTrue(CostModel.gmm(m, d, k, iterations, 2).seconds() + assign <= budget + 1e-6,
                "fit on the sample plus assigning every pixel within the budget");
        assertTrue(CostModel.gmm(m + 1, d, k, iterations, 2).seconds() + assign > budget);
        assertEquals(n, CostModel.gmmSampleSize(n, 20, k, iterations, 2, budget, 240), "within budget: all pixels");
        assertEquals(240, CostModel.gmmSampleSize(n, d, k, iterations, 2, 1e-9, 240), "the minimum holds");
        assertTrue(CostModel.gmmSampleSize(n, d, k, iterations, 2, 2 * budget, 240) > m, "more budget, more pixels");
    }

    @Test
    void describesCostsForPeople() {
        assertEquals("gmm: up to 1.5 h (100 iterations on 8,000 pixels), 2.0 GB",
                new FitCost("gmm", 8000, 100, 5400, 2_000_000_000L).describe());
        assertEquals("40 s", FitCost.duration(40));
        assertEquals("3.5 min", FitCost.duration(210));
        assertEquals("66 MB", FitCost.size(66_000_000));
    }
}
