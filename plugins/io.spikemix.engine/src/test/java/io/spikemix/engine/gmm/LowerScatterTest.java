package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class LowerScatterTest {

    @Test
    void accumulateAddsWTransposeWToTheChosenLowerRowsOnly() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int d : new int[] {1, 5, 13}) {
            for (int count : new int[] {1, 3, 4, 7, 37}) {
                for (int[] range : new int[][] {{0, d}, {d / 3, d - d / 4}}) {
                    int i0 = range[0];
                    int i1 = range[1];
                    DMatrixRMaj w = new DMatrixRMaj(count, d);
                    double[][] pixels = new double[count][d];
                    for (int p = 0; p < count; p++) {
                        for (int j = 0; j < d; j++) {
                            pixels[p][j] = rng.nextDouble() * 2 - 1;
                            w.set(p, j, pixels[p][j]);
                        }
                    }
                    double[][] lower = new double[d][];
                    for (int i = 0; i < d; i++) {
                        lower[i] = new double[i + 1];
                        for (int j = 0; j <= i; j++) {
                            lower[i][j] = rng.nextDouble();
                        }
                    }
                    double[][] before = new double[d][];
                    for (int i = 0; i < d; i++) {
                        before[i] = lower[i].clone();
                    }
                    LowerScatter.accumulate(lower, pixels, count, i0, i1);
                    DMatrixRMaj wtw = new DMatrixRMaj(d, d);
                    CommonOps_DDRM.multTransA(w, w, wtw);
                    for (int i = 0; i < d; i++) {
                        for (int j = 0; j <= i; j++) {
                            double expected = before[i][j] + (i >= i0 && i < i1 ? wtw.get(i, j) : 0);
                            assertEquals(expected, lower[i][j], 1e-12 * (1 + Math.abs(expected)),
                                    "d=" + d + " count=" + count + " rows " + i0 + ".." + i1 + " at " + i + "," + j);
                        }
                    }
                }
            }
        }
    }

    /**
     * The M-step splits the rows of S into groups whose boundaries depend on the thread count, and the kernel pairs
     * rows from each group's first row: every entry must still come out bit for bit the same.
     */
    @Test
    void everySplitOfTheRowsGivesBitIdenticalEntries() {
        SplittableRandom rng = new SplittableRandom(11);
        int d = 23;
        for (int count : new int[] {1, 6, 9}) {
            double[][] pixels = new double[count][d];
            for (double[] row : pixels) {
                for (int j = 0; j < d; j++) {
                    row[j] = rng.nextDouble() * 2 - 1;
                }
            }
            double[][] whole = lowerTriangle(d);
            LowerScatter.accumulate(whole, pixels, count, 0, d);
            for (int[] cuts : new int[][] {{0, 1, d}, {0, 7, 8, 16, d}, {0, 5, 6, 11, 12, 17, 18, d}}) {
                double[][] split = lowerTriangle(d);
                for (int g = 0; g + 1 < cuts.length; g++) {
                    LowerScatter.accumulate(split, pixels, count, cuts[g], cuts[g + 1]);
                }
                for (int i = 0; i < d; i++) {
                    org.junit.jupiter.api.Assertions.assertArrayEquals(whole[i], split[i],
                            "count=" + count + " cuts " + java.util.Arrays.toString(cuts) + " row " + i);
                }
            }
        }
    }

    private static double[][] lowerTriangle(int d) {
        double[][] lower = new double[d][];
        for (int i = 0; i < d; i++) {
            lower[i] = new double[i + 1];
        }
        return lower;
    }

    @Test
    void tileRowsAreAMultipleOfFourAndKeepTheTileNear256KB() {
        for (int d = 1; d < 5000; d += 7) {
            int rows = LowerScatter.tileRows(d);
            assertEquals(0, rows % 4);
            assertTrue(rows >= 4 && rows <= 64);
            assertTrue(rows == 4 || (long) rows * d <= 1 << 15, "d=" + d);
        }
    }
}
