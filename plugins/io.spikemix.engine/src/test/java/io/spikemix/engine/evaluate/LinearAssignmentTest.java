package io.spikemix.engine.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LinearAssignmentTest {

    @Test
    void solvesAHandCheckedSquareProblem() {
        double[][] cost = {{4, 2, 8}, {3, 5, 7}, {6, 9, 2}};
        // Permutation costs: 012=4+5+2=11, 021=4+7+9=20, 102=2+3+2=7, 120=2+7+6=15, 201=8+3+9=20, 210=8+5+6=19.
        LinearAssignment a = LinearAssignment.minimize(cost);
        assertArrayEquals(new int[] {1, 0, 2}, a.rowToColumn());
        assertEquals(7.0, a.total(), 0);
        assertEquals(3, a.pairCount());
    }

    @Test
    void matchesBruteForceOverAllPermutationsForRandomSquareAndRectangularMatrices() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(7);
            int m = 1 + random.nextInt(7);
            double[][] cost = new double[n][m];
            for (double[] row : cost) {
                for (int j = 0; j < m; j++) {
                    // Integer costs make ties likely, which exercises the tie handling.
                    row[j] = trial % 2 == 0 ? random.nextInt(10) : random.nextDouble(-5, 5);
                }
            }
            LinearAssignment a = LinearAssignment.minimize(cost);
            assertEquals(bruteForceMinimum(cost), a.total(), 1e-9, "trial " + trial);
            assertIsValidMatching(a, n, m);
            double sum = 0;
            int[] rowToColumn = a.rowToColumn();
            for (int i = 0; i < n; i++) {
                if (rowToColumn[i] >= 0) {
                    sum += cost[i][rowToColumn[i]];
                }
            }
            assertEquals(sum, a.total(), 1e-12);
        }
    }

    @Test
    void maximizeFindsTheLargestTotalWeight() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + random.nextInt(6);
            int m = 1 + random.nextInt(6);
            double[][] w = new double[n][m];
            double[][] negated = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    w[i][j] = random.nextInt(50);
                    negated[i][j] = -w[i][j];
                }
            }
            assertEquals(-bruteForceMinimum(negated), LinearAssignment.maximize(w).total(), 1e-9);
        }
    }

    @Test
    void emptyMatricesGiveAnEmptyAssignment() {
        LinearAssignment a = LinearAssignment.minimize(new double[0][]);
        assertEquals(0, a.pairCount());
        LinearAssignment b = LinearAssignment.minimize(new double[3][0]);
        assertArrayEquals(new int[] {-1, -1, -1}, b.rowToColumn());
    }

    @Test
    void rejectsRaggedAndNonFiniteMatrices() {
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.minimize(new double[][] {{1, 2}, {3}}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearAssignment.minimize(new double[][] {{1, Double.NaN}}));
        assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
    }

    private static void assertIsValidMatching(LinearAssignment a, int n, int m) {
        int[] r2c = a.rowToColumn();
        int[] c2r = a.columnToRow();
        assertEquals(Math.min(n, m), a.pairCount());
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (r2c[i] >= 0) {
                assertTrue(used.add(r2c[i]));
                assertEquals(i, c2r[r2c[i]]);
            }
        }
    }

    /** Minimum over all injective maps from the smaller side into the larger, enumerated recursively. */
    private static double bruteForceMinimum(double[][] cost) {
        int n = cost.length;
        int m = cost[0].length;
        if (n <= m) {
            return best(cost, 0, new boolean[m]);
        }
        double[][] t = new double[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t[j][i] = cost[i][j];
            }
        }
        return best(t, 0, new boolean[n]);
    }

    private static double best(double[][] c, int row, boolean[] used) {
        if (row == c.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, c[row][j] + best(c, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
