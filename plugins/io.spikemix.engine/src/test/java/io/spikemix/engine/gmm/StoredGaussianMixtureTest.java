package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;

class StoredGaussianMixtureTest {

    private static SpectralMatrix blobs(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][3];
        for (int i = 0; i < n; i++) {
            double shift = i % 2 == 0 ? 0 : 5;
            for (int f = 0; f < 3; f++) {
                rows[i][f] = shift + (f + 1) * 0.5 * rnd.nextGaussian();
            }
        }
        return SpectralMatrix.of(rows);
    }

    private static GaussianMixtureModel fit() throws Exception {
        return new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(2).seed(4).threads(1).build())
                .fit(blobs(1, 120), ProgressMonitor.NONE);
    }

    private static GaussianMixtureModel restore(GaussianMixtureModel m) {
        List<DMatrixRMaj> cov = m.covariances();
        double[][] flat = new double[cov.size()][];
        for (int c = 0; c < flat.length; c++) {
            flat[c] = cov.get(c).data.clone();
        }
        return StoredGaussianMixture.restore(m.weights(), m.means(), flat);
    }

    @Test
    void restoredModelPredictsAndScoresExactlyAsTheFittedOne() throws Exception {
        GaussianMixtureModel fitted = fit();
        GaussianMixtureModel back = restore(fitted);
        SpectralMatrix fresh = blobs(2, 60);
        assertArrayEquals(fitted.predict(fresh), back.predict(fresh));
        assertEquals(fitted.score(fresh), back.score(fresh), 0.0);
        assertArrayEquals(fitted.responsibilities(fresh, 1, ProgressMonitor.NONE),
                back.responsibilities(fresh, 1, ProgressMonitor.NONE));
        assertArrayEquals(fitted.weights(), back.weights(), 0.0);
        assertEquals(0, back.iterations());
    }

    @Test
    void restoredLogDensityIsTheGaussianDensityComputedDirectly() {
        double[][] means = {{1, -1}, {0, 2}};
        double[][] cov = {{2, 0.5, 0.5, 1}, {1, -0.3, -0.3, 0.5}};
        GaussianMixtureModel m = StoredGaussianMixture.restore(new double[] {0.25, 0.75}, means, cov);
        double[] y = {0.3, 0.7};
        for (int c = 0; c < 2; c++) {
            // ln N(y | μ, Σ) = −ln 2π − ½ ln det Σ − ½ (y − μ)ᵀ Σ⁻¹ (y − μ), d = 2, by EJML's dense inverse
            DMatrixRMaj s = new DMatrixRMaj(2, 2, true, cov[c]);
            DMatrixRMaj inv = new DMatrixRMaj(2, 2);
            CommonOps_DDRM.invert(s, inv);
            DMatrixRMaj r = new DMatrixRMaj(2, 1, true, y[0] - means[c][0], y[1] - means[c][1]);
            DMatrixRMaj t = new DMatrixRMaj(2, 1);
            CommonOps_DDRM.mult(inv, r, t);
            double quad = r.get(0) * t.get(0) + r.get(1) * t.get(1);
            double expected = -Math.log(2 * Math.PI) - 0.5 * Math.log(CommonOps_DDRM.det(s)) - 0.5 * quad;
            assertEquals(expected, m.componentLogDensity(c, y), 1e-12);
        }
    }

    @Test
    void unusableParametersAreRejectedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoredGaussianMixture.restore(new double[] {1, 0}, new double[][] {{0}, {1}},
                        new double[][] {{1}, {1}}));
        assertTrue(e.getMessage().contains("weight of component 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> StoredGaussianMixture.restore(new double[] {1}, new double[][] {{0, 0}}, new double[][] {{1}}));
        assertTrue(e.getMessage().contains("covariance of 1 values"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StoredGaussianMixture.restore(new double[] {0.5, 0.5}, new double[][] {{0}},
                        new double[][] {{1}}));
    }
}
