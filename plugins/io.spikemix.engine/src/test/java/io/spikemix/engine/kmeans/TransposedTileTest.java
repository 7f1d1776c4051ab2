package io.spikemix.engine.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;

class TransposedTileTest {

    static SpectralMatrix random(int n, int d, long seed, int maxBlockValues) {
        SplittableRandom rng = new SplittableRandom(seed);
        SpectralMatrix y = SpectralMatrix.allocate(n, d, maxBlockValues);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) (rng.nextDouble() * 4 - 2));
            }
        }
        return y;
    }

    @Test
    void loadHoldsFeatureJOfPixelPAtFeatureJIndexPAcrossStorageBlocks() {
        // 7 values per row, 3 rows per storage block: the tile spans five blocks
        SpectralMatrix y = random(40, 7, 1, 21);
        TransposedTile tile = new TransposedTile(7, 16);
        tile.load(y, 5, 13);
        assertEquals(13, tile.count());
        assertEquals(16, tile.capacity());
        assertEquals(7, tile.features());
        for (int p = 0; p < 13; p++) {
            for (int j = 0; j < 7; j++) {
                assertEquals(y.get(5 + p, j), tile.feature(j)[p], 0.0);
            }
        }
    }

    @Test
    void projectionsMatchDotProductsForAwkwardSizes() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int d : new int[] {1, 6, 13}) {
            for (int k : new int[] {1, 3, 4, 5, 9}) {
                for (int count : new int[] {1, 17, 64}) {
                    SpectralMatrix y = random(70, d, rng.nextLong(), 1 << 20);
                    double[][] centroids = new double[k][d];
                    for (double[] c : centroids) {
                        for (int j = 0; j < d; j++) {
                            c[j] = rng.nextDouble() * 6 - 3;
                        }
                    }
                    TransposedTile tile = new TransposedTile(d, 64);
                    tile.load(y, 70 - count, count);
                    double[][] acc = new double[k][64];
                    for (double[] a : acc) {
                        java.util.Arrays.fill(a, 99);
                    }
                    CentroidProjections.project(centroids, tile, acc);
                    for (int c = 0; c < k; c++) {
                        for (int p = 0; p < count; p++) {
                            double dot = 0;
                            for (int j = 0; j < d; j++) {
                                dot += centroids[c][j] * y.get(70 - count + p, j);
                            }
                            assertEquals(dot, acc[c][p], 1e-12 * (1 + Math.abs(dot)) * d,
                                    "d=" + d + " k=" + k + " count=" + count + " c=" + c + " p=" + p);
                        }
                    }
                }
            }
        }
    }
}
