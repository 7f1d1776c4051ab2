package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.TransposedTile;

class TriangularNormsTest {

    private static SpectralMatrix random(int n, int d, SplittableRandom rng) {
        SpectralMatrix y = SpectralMatrix.allocate(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) (rng.nextDouble() * 4 - 1));
            }
        }
        return y;
    }

    @Test
    void squaredNormsMatchDenseProductForAwkwardSizes() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int d : new int[] {1, 2, 3, 4, 5, 7, 10, 13}) {
            for (int count : new int[] {1, 17, 64}) {
                SpectralMatrix y = random(count, d, rng);
                DMatrixRMaj f = new DMatrixRMaj(d, d);
                for (int i = 0; i < d; i++) {
                    for (int j = 0; j <= i; j++) {
                        f.set(i, j, rng.nextDouble() * 2 - 1);
                    }
                }
                double[] shift = new double[d];
                for (int j = 0; j < d; j++) {
                    shift[j] = rng.nextDouble() * 2 - 1;
                }
                TransposedTile tile = new TransposedTile(d, 64);
                tile.load(y, 0, count);
                double[] q = new double[64];
                new TriangularNorms(64).squaredNorms(f.data, shift, tile, q);
                for (int p = 0; p < count; p++) {
                    DMatrixRMaj yp = new DMatrixRMaj(d, 1);
                    for (int j = 0; j < d; j++) {
                        yp.set(j, 0, y.get(p, j));
                    }
                    DMatrixRMaj z = new DMatrixRMaj(d, 1);
                    CommonOps_DDRM.mult(f, yp, z);
                    double expected = 0;
                    for (int i = 0; i < d; i++) {
                        double v = z.get(i, 0) - shift[i];
                        expected += v * v;
                    }
                    assertEquals(expected, q[p], 1e-12 * Math.max(1, expected), "d=" + d + " count=" + count);
                }
            }
        }
    }

    @Test
    void withTheInverseCholeskyFactorTheNormIsTheMahalanobisDistance() {
        SplittableRandom rng = new SplittableRandom(6);
        int d = 11;
        DMatrixRMaj a = new DMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) {
            a.data[i] = rng.nextDouble() * 2 - 1;
        }
        DMatrixRMaj sigma = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(a, a, sigma);
        CommonOps_DDRM.addEquals(sigma, CommonOps_DDRM.diag(new double[] {.1, .1, .1, .1, .1, .1, .1, .1, .1, .1,
                .1}));
        double[] mu = new double[d];
        for (int j = 0; j < d; j++) {
            mu[j] = rng.nextDouble() * 2;
        }
        double[][] u = new double[d][d];
        org.junit.jupiter.api.Assertions.assertTrue(CholeskyRows.factor(sigma.data, u, d));
        double[] lowerInverse = new double[d * d];
        double[][] rows = new double[d][d];
        CholeskyRows.invertLowerFactor(u, lowerInverse, rows, d);
        double[] shift = new double[d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                shift[i] += lowerInverse[i * d + j] * mu[j];
            }
        }
        SpectralMatrix y = random(29, d, rng);
        TransposedTile tile = new TransposedTile(d, 32);
        tile.load(y, 0, 29);
        double[] q = new double[32];
        new TriangularNorms(32).squaredNorms(lowerInverse, shift, tile, q);
        DMatrixRMaj precision = new DMatrixRMaj(d, d);
        CommonOps_DDRM.invert(sigma, precision);
        for (int p = 0; p < 29; p++) {
            DMatrixRMaj diff = new DMatrixRMaj(d, 1);
            for (int j = 0; j < d; j++) {
                diff.set(j, 0, y.get(p, j) - mu[j]);
            }
            DMatrixRMaj t = new DMatrixRMaj(d, 1);
            CommonOps_DDRM.mult(precision, diff, t);
            double expected = CommonOps_DDRM.dot(diff, t);
            assertEquals(expected, q[p], 1e-9 * expected);
        }
    }
}
