package io.spikemix.engine.smm;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Leading eigenpair of a symmetric matrix with EJML's symmetric eigensolver (tridiagonal QR), O(d³). Used for the
 * M-step when d is small enough to form A_k, and for the small tridiagonal matrices of {@link Lanczos}.
 */
final class DenseEigen {

    private DenseEigen() {
    }

    /**
     * @param a symmetric matrix (only read)
     * @param vector out: unit eigenvector of the largest eigenvalue
     * @return the largest eigenvalue
     */
    static double leading(DMatrixRMaj a, double[] vector) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(a.numRows, true, true);
        if (!eig.decompose(a.copy())) {
            throw new IllegalStateException("EJML symmetric eigen decomposition failed on a " + a.numRows + "x" + a.numRows + " matrix");
        }
        int best = 0;
        for (int i = 1; i < eig.getNumberOfEigenvalues(); i++) {
            if (eig.getEigenvalue(i).real > eig.getEigenvalue(best).real) {
                best = i;
            }
        }
        DMatrixRMaj v = eig.getEigenVector(best);
        double norm = 0;
        for (int i = 0; i < a.numRows; i++) {
            norm += v.data[i] * v.data[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < a.numRows; i++) {
            vector[i] = v.data[i] / norm;
        }
        return eig.getEigenvalue(best).real;
    }

    /** Unpacks component {@code c} of the packed scatter sums (see {@link EmWorkspace.Expectation#scatter}). */
    static DMatrixRMaj unpack(double[] packed, int d, int k, int c) {
        DMatrixRMaj a = new DMatrixRMaj(d, d);
        int t = c * (d * (d + 1) / 2);
        for (int j = 0; j < d; j++) {
            for (int l = 0; l <= j; l++, t++) {
                double v = packed[t];
                a.unsafe_set(j, l, v);
                a.unsafe_set(l, j, v);
            }
        }
        return a;
    }
}
