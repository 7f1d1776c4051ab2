package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * The SIMD-shaped tile kernels against straightforward double-precision loops written out here: the projections
 * must equal the sequential sums Σ_j v[j]·y[j] bit for bit, and the weighted sums must equal per-pixel additions in
 * tile order bit for bit, for every tile length (including partial tiles and reloading a tile with fewer pixels),
 * feature count (odd, not a multiple of the two-feature or eight-feature steps), vector count (not a multiple of
 * four) and pattern of skipped vectors and zero weights.
 */
class PixelTileTest {

    private static SpectralMatrix randomData(SplittableRandom rng, int n, int d) {
        SpectralMatrix m = SpectralMatrix.allocate(n, d, 7 * d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                m.set(i, j, (float) (rng.nextGaussian() * Math.exp(3 * rng.nextGaussian())));
            }
        }
        return m;
    }

    private static double[][] randomVectors(SplittableRandom rng, int m, int d) {
        double[][] v = new double[m][d];
        for (double[] row : v) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return v;
    }

    @Test
    void projectionsEqualSequentialDoubleSums() {
        SplittableRandom rng = new SplittableRandom(51);
        for (int trial = 0; trial < 40; trial++) {
            checkProjections(rng, trial, 1 + rng.nextInt(70), 1 + rng.nextInt(PixelTile.ROWS), 1 + rng.nextInt(11));
        }
    }

    @Test
    void projectionsEqualSequentialDoubleSumsForOddSizes() {
        SplittableRandom rng = new SplittableRandom(54);
        int[][] sizes = {{1, 1, 1}, {2, 3, 2}, {7, PixelTile.ROWS, 3}, {9, PixelTile.ROWS - 1, 5}, {843, 37, 12},
            {101, PixelTile.ROWS, 7}, {15, 1, 13}, {8, 2, 4}};
        for (int t = 0; t < sizes.length; t++) {
            checkProjections(rng, t, sizes[t][0], sizes[t][1], sizes[t][2]);
        }
    }

    /** d features, n pixels, m vectors; odd trials skip a random third of the vectors. */
    private static void checkProjections(SplittableRandom rng, int trial, int d, int n, int m) {
        SpectralMatrix data = randomData(rng, n + 5, d);
        double[][] v = randomVectors(rng, m, d);
        boolean[] skip = trial % 2 == 0 ? null : new boolean[m];
        if (skip != null) {
            for (int c = 0; c < m; c++) {
                skip[c] = rng.nextInt(3) == 0;
            }
        }
        PixelTile tile = new PixelTile(d);
        tile.load(data, 5, n);
        double[][] out = new double[m][PixelTile.ROWS];
        for (double[] row : out) {
            java.util.Arrays.fill(row, -7.0);
        }
        tile.dots(v, m, skip, out);
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < n; i++) {
                double expected = 0;
                for (int j = 0; j < d; j++) {
                    expected += v[c][j] * (double) data.get(5 + i, j);
                }
                double got = out[c][i];
                if (skip != null && skip[c]) {
                    assertEquals(-7.0, got, 0.0, "skipped vector " + c + " must be left unchanged");
                } else {
                    assertEquals(expected, got, 0.0, "trial " + trial + ", d " + d + ", vector " + c + ", pixel " + i);
                }
            }
        }
    }

    @Test
    void weightedSumsEqualPixelByPixelDoubleSums() {
        SplittableRandom rng = new SplittableRandom(52);
        for (int trial = 0; trial < 40; trial++) {
            checkWeightedSums(rng, trial, 1 + rng.nextInt(70), 1 + rng.nextInt(PixelTile.ROWS), 1 + rng.nextInt(11));
        }
    }

    @Test
    void weightedSumsEqualPixelByPixelDoubleSumsForOddSizes() {
        SplittableRandom rng = new SplittableRandom(55);
        int[][] sizes = {{1, 1, 1}, {3, 2, 2}, {843, 19, 12}, {101, PixelTile.ROWS, 7}, {9, PixelTile.ROWS - 1, 5},
            {16, 1, 13}};
        for (int t = 0; t < sizes.length; t++) {
            checkWeightedSums(rng, t, sizes[t][0], sizes[t][1], sizes[t][2]);
        }
    }

    /** d features, n pixels, m outputs; a quarter of the weights are zero. */
    private static void checkWeightedSums(SplittableRandom rng, int trial, int d, int n, int m) {
        SpectralMatrix data = randomData(rng, n, d);
        double[] w = new double[n * m];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextInt(4) == 0 ? 0 : rng.nextGaussian();
        }
        double[][] start = randomVectors(rng, m, d);
        double[][] expected = new double[m][];
        for (int c = 0; c < m; c++) {
            expected[c] = start[c].clone();
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < m; c++) {
                for (int j = 0; j < d; j++) {
                    expected[c][j] += w[i * m + c] * (double) data.get(i, j);
                }
            }
        }
        PixelTile tile = new PixelTile(d);
        tile.load(data, 0, n);
        double[][] out = new double[m][];
        for (int c = 0; c < m; c++) {
            out[c] = start[c].clone();
        }
        tile.accumulate(w, m, out);
        for (int c = 0; c < m; c++) {
            for (int j = 0; j < d; j++) {
                assertEquals(expected[c][j], out[c][j], 0.0, "trial " + trial + ", d " + d + ", output " + c + ", feature " + j);
            }
        }
    }

    @Test
    void reloadingFewerPixelsUsesOnlyTheNewOnes() {
        SplittableRandom rng = new SplittableRandom(53);
        int d = 9;
        SpectralMatrix data = randomData(rng, PixelTile.ROWS + 10, d);
        PixelTile tile = new PixelTile(d);
        tile.load(data, 0, PixelTile.ROWS);
        tile.load(data, 33, 3);
        assertEquals(3, tile.count());
        double[] w = {1, 1, 1};
        double[][] out = new double[1][d];
        tile.accumulate(w, 1, out);
        double[][] proj = new double[1][PixelTile.ROWS];
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1.0);
        tile.dots(new double[][] {ones}, 1, null, proj);
        for (int j = 0; j < d; j++) {
            double expected = 0;
            for (int i = 33; i < 36; i++) {
                expected += (double) data.get(i, j);
            }
            assertEquals(expected, out[0][j], 1e-12 * (1 + Math.abs(expected)));
        }
        for (int i = 0; i < 3; i++) {
            double expected = 0;
            for (int j = 0; j < d; j++) {
                expected += (double) data.get(33 + i, j);
            }
            assertEquals(expected, proj[0][i], 0.0, "pixel " + i);
        }
    }
}
