package io.spikemix.engine.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * The float32 first ranking of {@link HamerlyAssignment}: the error bound of {@link FloatCentroidProjections} against
 * exact (BigDecimal) dot products, and the fallback to the double ranking for pixels that float32 cannot decide
 * (near-ties, rows far from the origin, magnitudes beyond the float32 range), with labels checked against brute
 * force and whole fits against plain Lloyd.
 */
class FloatRankingTest {

    /** Σ_j c_j y_j exactly (BigDecimal holds every float and double exactly). */
    private static BigDecimal exactDot(double[] c, SpectralMatrix y, int row) {
        BigDecimal s = BigDecimal.ZERO;
        for (int j = 0; j < c.length; j++) {
            s = s.add(new BigDecimal(c[j]).multiply(new BigDecimal(y.get(row, j))));
        }
        return s;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double rowNorm(SpectralMatrix y, int row) {
        double s = 0;
        for (int j = 0; j < y.cols(); j++) {
            s += (double) y.get(row, j) * y.get(row, j);
        }
        return Math.sqrt(s);
    }

    @Test
    void floatProjectionsStayWithinTheProvenErrorBoundOverManyScales() {
        SplittableRandom rng = new SplittableRandom(7);
        int rows = 48;
        // scales from the subnormal float range to 1e15; d up to 843 (the IMS width)
        double[] scales = {1e-42, 1e-38, 1e-20, 1e-3, 1, 1e4, 1e15};
        int[] widths = {1, 5, 100, 843};
        double largestRatio = 0;
        for (double scale : scales) {
            for (int d : widths) {
                SpectralMatrix y = SpectralMatrix.allocate(rows, d);
                for (int i = 0; i < rows; i++) {
                    // a common offset makes the terms cancel: the sum is far smaller than Σ|c_j y_j|
                    for (int j = 0; j < d; j++) {
                        y.set(i, j, (float) (scale * (3 + rng.nextGaussian())));
                    }
                }
                int k = 5;
                double[][] c = new double[k][d];
                for (double[] row : c) {
                    for (int j = 0; j < d; j++) {
                        row[j] = (j % 2 == 0 ? 1 : -1) * (1 + 0.01 * rng.nextGaussian());
                    }
                }
                assertTrue(FloatCentroidProjections.usable(d, 2 * norm(c[0]), scale * 10 * Math.sqrt(d)));
                FloatTransposedTile tile = new FloatTransposedTile(d, rows);
                int[] all = new int[rows];
                for (int i = 0; i < rows; i++) {
                    all[i] = i;
                }
                tile.load(y, all, 0, rows);
                float[][] acc = new float[k][rows];
                FloatCentroidProjections.project(FloatCentroidProjections.toFloat(c), tile, acc);
                for (int cc = 0; cc < k; cc++) {
                    for (int i = 0; i < rows; i++) {
                        double ny = rowNorm(y, i);
                        double bound = FloatCentroidProjections.relativeError(d) * norm(c[cc]) * ny
                                + FloatCentroidProjections.absoluteError(d, ny);
                        BigDecimal err = new BigDecimal(acc[cc][i]).subtract(exactDot(c[cc], y, i)).abs();
                        double e = err.round(MathContext.DECIMAL64).doubleValue();
                        assertTrue(e <= bound, "scale " + scale + " d " + d + " row " + i + ": error " + e
                                + " > bound " + bound);
                        largestRatio = Math.max(largestRatio, e / bound);
                    }
                }
            }
        }
        // the bound is tight where it should be: at d = 1 the error is a few roundings of one product (observed ≈ 0.6–0.9)
        assertTrue(largestRatio > 0.1, "largest error / bound " + largestRatio);
    }

    @Test
    void floatTileHoldsTheChosenRowsUnroundedForAnyCountAcrossStorageBlocks() {
        // 7 values per row, 3 rows per storage block; counts below, at and above multiples of eight
        SpectralMatrix y = TransposedTileTest.random(50, 7, 4, 21);
        FloatTransposedTile tile = new FloatTransposedTile(7, 20);
        SplittableRandom rng = new SplittableRandom(8);
        for (int count = 1; count <= 20; count++) {
            int[] rows = new int[count + 3];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = rng.nextInt(50);
            }
            tile.load(y, rows, 3, count);
            assertEquals(count, tile.count());
            for (int p = 0; p < count; p++) {
                for (int j = 0; j < 7; j++) {
                    assertEquals(y.get(rows[3 + p], j), tile.feature(j)[p], 0.0, "count " + count + " p " + p);
                }
            }
        }
    }

    @Test
    void magnitudesBeyondTheFloatRangeDisableTheFloatRanking() {
        assertTrue(FloatCentroidProjections.usable(100, 1e17, 1e17));
        assertFalse(FloatCentroidProjections.usable(100, 1e19, 1));
        assertFalse(FloatCentroidProjections.usable(100, 1, 1e19));
        assertFalse(FloatCentroidProjections.usable(2_000_000, 1, 1));
    }

    /** One assignment pass of {@link HamerlyAssignment} (no bounds yet: every row is ranked). */
    private static HamerlyAssignment onePass(SpectralMatrix y, double[][] centroids, int[] labels) {
        HamerlyAssignment h = new HamerlyAssignment(y.rows(), y.cols(), KMeansFitter.rowNorms(y));
        h.startPass(centroids, null);
        h.assignRows(y, 0, y.rows(), labels, new double[y.rows()], new double[centroids.length * y.cols()],
                new long[centroids.length]);
        return h;
    }

    /** Plain Lloyd's labels for the same centroids ({@link NearestCentroid}, the reference ranking). */
    private static int[] lloydLabels(SpectralMatrix y, double[][] centroids) {
        int[] labels = new int[y.rows()];
        new NearestCentroid(centroids).assignRows(y, 0, y.rows(), labels, new double[y.rows()]);
        return labels;
    }

    /** The nearest centroid by exact (BigDecimal) squared distances, lowest index on exact ties. */
    private static int bruteForceNearest(SpectralMatrix y, int row, double[][] centroids) {
        int best = -1;
        BigDecimal bestDist = null;
        for (int c = 0; c < centroids.length; c++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int j = 0; j < y.cols(); j++) {
                BigDecimal e = new BigDecimal(y.get(row, j)).subtract(new BigDecimal(centroids[c][j]));
                s = s.add(e.multiply(e));
            }
            if (bestDist == null || s.compareTo(bestDist) < 0) {
                best = c;
                bestDist = s;
            }
        }
        return best;
    }

    @Test
    void nearTiesFallBackToTheDoubleRankingAndGetLloydsLabels() throws Exception {
        // centroids ±e_0 (and two far ones); pixels on and within a few ulps of the bisector x_0 = 0, where the
        // float32 gap cannot separate the two nearest centroids, and ordinary pixels elsewhere
        int d = 40;
        int n = 3000;
        SplittableRandom rng = new SplittableRandom(3);
        double[][] centroids = new double[4][d];
        centroids[0][0] = 1;
        centroids[1][0] = -1;
        centroids[2][1] = 6;
        centroids[3][1] = -6;
        SpectralMatrix y = SpectralMatrix.allocate(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 1; j < d; j++) {
                y.set(i, j, (float) (0.3 * rng.nextGaussian()));
            }
            double x0 = i % 3 == 0 ? 0 : i % 3 == 1 ? Math.scalb((double) rng.nextInt(-50, 51), -30)
                    : rng.nextGaussian();
            y.set(i, 0, (float) x0);
        }
        int[] labels = new int[n];
        HamerlyAssignment h = onePass(y, centroids, labels);
        assertTrue(h.exactlyRanked() >= n / 3, "exact ties must be ranked in double: " + h.exactlyRanked());
        assertTrue(h.exactlyRanked() < h.rankedRows(), "ordinary pixels are settled in float32");
        assertArrayEquals(lloydLabels(y, centroids), labels);
        for (int i = 0; i < n; i++) {
            if (i % 3 != 0) {
                // off the exact bisector the exact nearest centroid is unique, and the ranking must find it
                assertEquals(bruteForceNearest(y, i, centroids), labels[i], "row " + i);
            }
        }
    }

    @Test
    void centroidNormsThatFloat32CannotTellApartFallBackToTheDoubleRanking() throws Exception {
        // ‖c0‖² = 1e6 − 0.03 and ‖c1‖² = 1e6 + 0.03 both round to the float32 1e6 (ulp 0.0625 there), and both
        // centroids to (1000, 0) and (0, 1000). For y = (1, 1 + s) the true gap D0 − D1 is about 2000 s − 0.06
        // while the float32 values differ by 2000 s rounded to a multiple of 0.0625: for 2000 s in (0.031, 0.06) a
        // ranking that ignored the float32 rounding of ‖c‖² and of the subtraction would pick c1 instead of c0.
        // Rows with s = ±5 are far from the bisector and must still be settled in float32.
        int d = 2;
        int n = 2000;
        double[][] centroids = {{Math.sqrt(1e6 - 0.03), 0}, {0, Math.sqrt(1e6 + 0.03)}};
        SplittableRandom rng = new SplittableRandom(17);
        SpectralMatrix y = SpectralMatrix.allocate(n, d);
        for (int i = 0; i < n; i++) {
            y.set(i, 0, 1f);
            double s = i % 2 == 0 ? -4e-5 + 1e-4 * rng.nextDouble() : (rng.nextBoolean() ? -5 : 5);
            y.set(i, 1, (float) (1 + s));
        }
        int[] labels = new int[n];
        HamerlyAssignment h = onePass(y, centroids, labels);
        assertTrue(h.exactlyRanked() >= n / 2, "rows near the bisector must be ranked in double: " + h.exactlyRanked());
        assertTrue(h.exactlyRanked() < h.rankedRows(), "rows far from the bisector are settled in float32");
        assertArrayEquals(lloydLabels(y, centroids), labels);
        for (int i = 0; i < n; i++) {
            assertEquals(bruteForceNearest(y, i, centroids), labels[i], "row " + i);
        }
    }

    @Test
    void rowsFarFromTheOriginFallBackMoreOftenAndStillMatchLloyd() throws Exception {
        // a large common offset: ‖y‖‖c‖ ≈ 1e8 makes the float32 error bound (≈ 1e2) comparable to the gaps
        int d = 20;
        int n = 2500;
        double[][] centres = new double[5][d];
        SplittableRandom rng = new SplittableRandom(5);
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = 1e4 + 2 * rng.nextDouble();
            }
        }
        SpectralMatrix y = KMeansFitterTest.blobs(n, centres, 1.0, 9, 1 << 20);
        double[][] start = new double[5][];
        for (int c = 0; c < 5; c++) {
            start[c] = new double[d];
            y.getRow(c, start[c]);
        }
        int[] labels = new int[n];
        HamerlyAssignment h = onePass(y, start, labels);
        assertTrue(h.exactlyRanked() > n / 20, "far rows: " + h.exactlyRanked() + " of " + n + " in double");
        assertArrayEquals(lloydLabels(y, start), labels);
        for (int threads = 1; threads <= 2; threads++) {
            KMeansOptions.Builder b = KMeansOptions.builder().k(5).tol(0).threads(threads);
            KMeansModel lloyd = new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.LLOYD).build()).fitFrom(y, start,
                    ProgressMonitor.NONE);
            KMeansModel hamerly = new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.HAMERLY).build()).fitFrom(y,
                    start, ProgressMonitor.NONE);
            HamerlyAssignmentTest.assertIdentical(lloyd, hamerly, "offset 1e4, threads " + threads);
        }
    }

    @Test
    void hugeAndTinyMagnitudesMatchLloyd() throws Exception {
        for (double scale : new double[] {1e30, 1e-30}) {
            int d = 6;
            double[][] centres = new double[3][d];
            SplittableRandom rng = new SplittableRandom(11);
            for (double[] c : centres) {
                for (int j = 0; j < d; j++) {
                    c[j] = 3 * rng.nextDouble();
                }
            }
            SpectralMatrix unit = KMeansFitterTest.blobs(1200, centres, 0.8, 13, 1 << 20);
            SpectralMatrix y = SpectralMatrix.allocate(unit.rows(), d);
            for (int i = 0; i < y.rows(); i++) {
                for (int j = 0; j < d; j++) {
                    y.set(i, j, (float) (unit.get(i, j) * scale));
                }
            }
            double[][] start = new double[3][d];
            for (int c = 0; c < 3; c++) {
                y.getRow(c, start[c]);
            }
            int[] labels = new int[y.rows()];
            HamerlyAssignment h = onePass(y, start, labels);
            if (scale > 1) {
                // ‖y‖ ≈ 1e30 is beyond the float32 ranking's range (usable is false): every row is ranked in double
                assertEquals(h.rankedRows(), h.exactlyRanked());
            } else {
                // the products (≈ 1e-60) underflow float32: the underflow term of the bound exceeds every gap
                assertEquals(h.rankedRows(), h.exactlyRanked());
            }
            assertArrayEquals(lloydLabels(y, start), labels, "scale " + scale);
            KMeansOptions.Builder b = KMeansOptions.builder().k(3).tol(0).threads(2);
            HamerlyAssignmentTest.assertIdentical(
                    new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.LLOYD).build()).fitFrom(y, start,
                            ProgressMonitor.NONE),
                    new KMeansFitter(b.algorithm(KMeansOptions.Algorithm.HAMERLY).build()).fitFrom(y, start,
                            ProgressMonitor.NONE),
                    "scale " + scale);
        }
    }
}
