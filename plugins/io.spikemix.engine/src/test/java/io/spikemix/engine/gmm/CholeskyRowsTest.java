package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;

class CholeskyRowsTest {

    @Test
    void factorMatchesEjmlsCholeskyAndTheInverseFactorTimesTheFactorIsTheIdentity() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int d : new int[] {1, 2, 3, 8, 41}) {
            DMatrixRMaj sigma = randomSpd(d, rng);
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
            assertTrue(chol.decompose(sigma.copy()));
            DMatrixRMaj l = chol.getT(null);
            double[][] u = new double[d][d];
            assertTrue(CholeskyRows.factor(sigma.data, u, d));
            for (int i = 0; i < d; i++) {
                for (int j = 0; j <= i; j++) {
                    assertEquals(l.get(i, j), u[j][i], 1e-12 * Math.sqrt(sigma.get(i, i)), "d=" + d + " L" + i + j);
                }
            }
            double[] p = new double[d * d];
            double[][] rows = new double[d][d];
            CholeskyRows.invertLowerFactor(u, p, rows, d);
            DMatrixRMaj pl = new DMatrixRMaj(d, d);
            CommonOps_DDRM.mult(DMatrixRMaj.wrap(d, d, p), l, pl);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    assertEquals(i == j ? 1 : 0, pl.get(i, j), 1e-10, "d=" + d + " (PL)" + i + j);
                    if (j > i) {
                        assertEquals(0.0, p[i * d + j], "P must be zero above the diagonal");
                    }
                }
            }
        }
    }

    @Test
    void refusesMatricesThatAreNotPositiveDefiniteOrNotFinite() {
        double[][] u = new double[2][2];
        assertFalse(CholeskyRows.factor(new double[] {1, 2, 2, 1}, u, 2), "indefinite");
        assertFalse(CholeskyRows.factor(new double[] {1, 1, 1, 1}, u, 2), "singular");
        assertFalse(CholeskyRows.factor(new double[] {0, 0, 0, 1}, u, 2), "zero pivot");
        assertFalse(CholeskyRows.factor(new double[] {Double.NaN, 0, 0, 1}, u, 2), "NaN");
        assertFalse(CholeskyRows.factor(new double[] {1, 0, 0, Double.POSITIVE_INFINITY}, u, 2), "infinite");
        assertTrue(CholeskyRows.factor(new double[] {4, 2, 2, 5}, u, 2));
        assertEquals(2, u[0][0]);
        assertEquals(1, u[0][1]);
        assertEquals(2, u[1][1]);
    }

    private static DMatrixRMaj randomSpd(int d, SplittableRandom rng) {
        DMatrixRMaj a = new DMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) {
            a.data[i] = rng.nextDouble() * 2 - 1;
        }
        DMatrixRMaj sigma = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(a, a, sigma);
        for (int i = 0; i < d; i++) {
            sigma.add(i, i, 0.1);
        }
        return sigma;
    }
}
