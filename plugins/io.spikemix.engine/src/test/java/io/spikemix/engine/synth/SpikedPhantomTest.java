package io.spikemix.engine.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.SpectralMatrix;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

class SpikedPhantomTest {

    private static final PhantomOptions SMALL = new PhantomOptions(40, 50, 30, 4, 0.01, 7L);

    @Test
    void everyRegionIsNonEmptyAndLabelsAreOneToK() {
        SpikedPhantom p = SpikedPhantom.generate(SMALL);
        int[] counts = new int[SMALL.k() + 1];
        for (int l : p.labels()) {
            assertTrue(l >= 1 && l <= SMALL.k(), "label " + l);
            counts[l]++;
        }
        for (int k = 1; k <= SMALL.k(); k++) {
            assertTrue(counts[k] > 0, "region " + k + " is empty");
        }
        assertEquals(40 * 50, p.cube().validCount());
        assertEquals("nm", p.cube().bands().unit());
        assertEquals(400.0, p.cube().bands().value(0));
        assertEquals(1000.0, p.cube().bands().value(29));
    }

    @Test
    void spikesHaveUnitPeakAndDistinctShapes() {
        double[][] x = SpikedPhantom.generate(SMALL).spikes();
        for (double[] s : x) {
            assertEquals(1.0, Arrays.stream(s).max().getAsDouble(), 1e-12);
            assertTrue(Arrays.stream(s).min().getAsDouble() >= 0);
        }
        for (int a = 0; a < x.length; a++) {
            for (int b = 0; b < a; b++) {
                double dot = 0, na = 0, nb = 0;
                for (int i = 0; i < x[a].length; i++) {
                    dot += x[a][i] * x[b][i];
                    na += x[a][i] * x[a][i];
                    nb += x[b][i] * x[b][i];
                }
                assertTrue(Math.abs(dot) / Math.sqrt(na * nb) < 0.95, "spikes " + a + " and " + b + " too similar");
            }
        }
    }

    @Test
    void pixelsFollowTheSpikedModelWithTheRequestedNoise() {
        SpikedPhantom p = SpikedPhantom.generate(SMALL);
        SpectralMatrix y = p.cube().spectra();
        double[][] x = p.spikes();
        int[] z = p.labels();
        double[] a = p.alphas();
        // Residuals y − α x_z must be N(0, σ²): their mean square estimates σ² with relative s.e. sqrt(2/n).
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        for (int i = 0; i < y.rows(); i++) {
            assertTrue(a[i] >= 0.25 && a[i] <= 1.75);
            for (int b = 0; b < y.cols(); b++) {
                double r = y.get(i, b) - a[i] * x[z[i] - 1][b];
                sum += r;
                sumSq += r * r;
                n++;
            }
        }
        double s2 = sumSq / n;
        double se = SMALL.sigma2() * Math.sqrt(2.0 / n);
        assertEquals(SMALL.sigma2(), s2, 5 * se + 1e-7, "noise variance");
        assertEquals(0.0, sum / n, 5 * Math.sqrt(SMALL.sigma2() / n), "noise mean");
    }

    @Test
    void leadingEigenvectorOfEachRegionsScatterIsItsSpike() {
        SpikedPhantom p = SpikedPhantom.generate(SMALL);
        SpectralMatrix y = p.cube().spectra();
        int d = y.cols();
        double[][] x = p.spikes();
        int[] z = p.labels();
        for (int k = 1; k <= SMALL.k(); k++) {
            DMatrixRMaj scatter = new DMatrixRMaj(d, d);
            double[] row = new double[d];
            for (int i = 0; i < y.rows(); i++) {
                if (z[i] != k) {
                    continue;
                }
                y.getRow(i, row);
                for (int r = 0; r < d; r++) {
                    for (int c = 0; c < d; c++) {
                        scatter.add(r, c, row[r] * row[c]);
                    }
                }
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
            assertTrue(eig.decompose(scatter));
            int best = 0;
            for (int e = 1; e < d; e++) {
                if (eig.getEigenvalue(e).real > eig.getEigenvalue(best).real) {
                    best = e;
                }
            }
            DMatrixRMaj v = eig.getEigenVector(best);
            double dot = 0, nx = 0, nv = 0;
            for (int b = 0; b < d; b++) {
                dot += v.get(b) * x[k - 1][b];
                nx += x[k - 1][b] * x[k - 1][b];
                nv += v.get(b) * v.get(b);
            }
            assertTrue(Math.abs(dot) / Math.sqrt(nx * nv) > 0.999, "region " + k);
        }
    }

    @Test
    void sameSeedGivesTheSamePhantomAndAnotherSeedDoesNot() {
        SpikedPhantom a = SpikedPhantom.generate(SMALL);
        SpikedPhantom b = SpikedPhantom.generate(SMALL);
        SpikedPhantom c = SpikedPhantom.generate(SMALL.withSeed(8L));
        assertEquals(a.cube().spectra(), b.cube().spectra());
        assertArrayEquals(a.labels(), b.labels());
        assertFalse(a.cube().spectra().equals(c.cube().spectra()));
    }

    @Test
    void rejectsSettingsThatCannotGiveEveryRegionPixels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PhantomOptions(4, 4, 10, 5, 0.01, 1L));
        assertTrue(e.getMessage().contains("'k'") && e.getMessage().contains("Got 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SMALL.withSigma2(-1));
        assertThrows(IllegalArgumentException.class, () -> SMALL.withSigma2(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SMALL.withBands(1));
    }
}
