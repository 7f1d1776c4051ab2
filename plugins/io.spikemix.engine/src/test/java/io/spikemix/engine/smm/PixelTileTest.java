package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * The register-blocked tile kernels against straightforward double-precision loops written out here: the projections
 * must equal the sequential sums Σ_j v[j]·y[j] bit for bit, and the weighted sums must equal per-pixel additions in
 * tile order bit for bit, for every tile length, vector count (including counts that are not multiples of the
 * blocking) and pattern of skipped vectors and zero weights.
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
            int d = 1 + rng.nextInt(70);
            int n = 1 + rng.nextInt(PixelTile.ROWS);
            int m = 1 + rng.nextInt(11);
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
            double[] out = new double[m * PixelTile.ROWS];
            java.util.Arrays.fill(out, -7.0);
            tile.dots(v, m, skip, out);
            for (int c = 0; c < m; c++) {
                for (int i = 0; i < n; i++) {
                    double expected = 0;
                    for (int j = 0; j < d; j++) {
                        expected += v[c][j] * (double) data.get(5 + i, j);
                    }
                    double got = out[c * PixelTile.ROWS + i];
                    if (skip != null && skip[c]) {
                        assertEquals(-7.0, got, 0.0, "skipped vector " + c + " must be left unchanged");
                    } else {
                        assertEquals(expected, got, 0.0, "trial " + trial + ", vector " + c + ", pixel " + i);
                    }
                }
            }
        }
    }

    @Test
    void weightedSumsEqualPixelByPixelDoubleSums() {
        SplittableRandom rng = new SplittableRandom(52);
        for (int trial = 0; trial < 40; trial++) {
            int d = 1 + rng.nextInt(70);
            int n = 1 + rng.nextInt(PixelTile.ROWS);
            int m = 1 + rng.nextInt(11);
            int base = rng.nextInt(4);
            SpectralMatrix data = randomData(rng, n, d);
            double[] w = new double[n * m];
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextInt(4) == 0 ? 0 : rng.nextGaussian();
            }
            double[] start = new double[base + m * d];
            for (int i = 0; i < start.length; i++) {
                start[i] = rng.nextGaussian();
            }
            double[] expected = start.clone();
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < m; c++) {
                    for (int j = 0; j < d; j++) {
                        expected[base + c * d + j] += w[i * m + c] * (double) data.get(i, j);
                    }
                }
            }
            PixelTile tile = new PixelTile(d);
            tile.load(data, 0, n);
            double[] out = start.clone();
            tile.accumulate(w, m, out, base);
            for (int i = 0; i < out.length; i++) {
                assertEquals(expected[i], out[i], 0.0, "trial " + trial + ", element " + i);
            }
        }
    }

    @Test
    void reloadingFewerPixelsUsesOnlyTheNewOnes() {
        SplittableRandom rng = new SplittableRandom(53);
        int d = 9;
        SpectralMatrix data = randomData(rng, 40, d);
        PixelTile tile = new PixelTile(d);
        tile.load(data, 0, PixelTile.ROWS);
        tile.load(data, 33, 3);
        assertEquals(3, tile.count());
        double[] w = {1, 1, 1};
        double[] out = new double[d];
        tile.accumulate(w, 1, out, 0);
        for (int j = 0; j < d; j++) {
            double expected = 0;
            for (int i = 33; i < 36; i++) {
                expected += (double) data.get(i, j);
            }
            assertEquals(expected, out[j], 1e-12 * (1 + Math.abs(expected)));
        }
    }
}
