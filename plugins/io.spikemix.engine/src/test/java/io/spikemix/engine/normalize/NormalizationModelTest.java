package io.spikemix.engine.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

class NormalizationModelTest {

    private static final ProgressMonitor NONE = ProgressMonitor.NONE;

    @Test
    void minMaxMapsEachFeatureToTheUnitIntervalAsComputedByHand() throws CanceledException {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { 1, 10, 5 }, { 3, 20, 5 }, { 2, 30, 5 } });
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, x, NonFinitePolicy.REJECT, NONE);
        NormalizationResult r = m.apply(x, NonFinitePolicy.REJECT, NONE);

        assertArrayEquals(new double[] { 1, 10, 5 }, m.featureMin());
        assertArrayEquals(new double[] { 3, 30, 5 }, m.featureMax());
        assertMatrixEquals(new double[][] { { 0, 0, 0 }, { 1, 0.5, 0 }, { 0.5, 1, 0 } }, r.data(), 0);
        assertArrayEquals(new int[] { 2 }, m.constantFeatures());
        assertArrayEquals(new int[] { 2 }, r.constantFeatures());
        assertEquals(0, r.maskedRows().length);
        assertEquals(0, r.skippedRows().length);
    }

    @Test
    void l1DividesEachSpectrumByItsAbsoluteSumAndMasksZeroSpectra() throws CanceledException {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { 1, -3, 4 }, { 2, 2, 0 }, { 0, 0, 0 } });
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.L1, x, NonFinitePolicy.REJECT, NONE);
        NormalizationResult r = m.apply(x, NonFinitePolicy.REJECT, NONE);

        assertMatrixEquals(new double[][] { { 0.125, -0.375, 0.5 }, { 0.5, 0.5, 0 }, { 0, 0, 0 } }, r.data(), 0);
        assertArrayEquals(new int[] { 2 }, r.maskedRows());
        // median of the positive norms {8, 4}
        assertEquals(6.0, m.referenceScale(), 0);
    }

    @Test
    void ticDividesBySumOfIntensitiesAndMasksSpectraWithNonPositiveTotal() throws CanceledException {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { 1, 3, 4 }, { 2, -2, 0 }, { -1, -1, 0 }, { 5, 5, 0 } });
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.TIC, x, NonFinitePolicy.REJECT, NONE);
        NormalizationResult r = m.apply(x, NonFinitePolicy.REJECT, NONE);

        assertMatrixEquals(new double[][] { { 0.125, 0.375, 0.5 }, { 0, 0, 0 }, { 0, 0, 0 }, { 0.5, 0.5, 0 } }, r.data(), 0);
        assertArrayEquals(new int[] { 1, 2 }, r.maskedRows());
        assertEquals(9.0, m.referenceScale(), 0);
        for (double v : flatten(r.data())) {
            assertFalse(Double.isNaN(v));
        }
    }

    @ParameterizedTest
    @EnumSource(NormalizationMethod.class)
    void matchesAStraightforwardDoublePrecisionRecomputationOnRandomMultiBlockData(NormalizationMethod method)
            throws CanceledException {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 257;
        int d = 13;
        SpectralMatrix x = SpectralMatrix.allocate(n, d, 5 * d);
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                x.set(i, f, (float) (rnd.nextDouble(-2, 50) * (f + 1)));
            }
        }
        assertTrue(x.blockCount() > 50, "the test must cross many storage blocks");
        double[][] y = x.toDoubleRows();

        NormalizationModel m = NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, NONE);
        NormalizationResult r = m.apply(x, NonFinitePolicy.REJECT, NONE);

        double[] min = new double[d];
        double[] max = new double[d];
        for (int f = 0; f < d; f++) {
            min[f] = Double.MAX_VALUE;
            max[f] = -Double.MAX_VALUE;
            for (double[] row : y) {
                min[f] = Math.min(min[f], row[f]);
                max[f] = Math.max(max[f], row[f]);
            }
        }
        assertArrayEquals(min, m.featureMin());
        assertArrayEquals(max, m.featureMax());

        List<Double> norms = new ArrayList<>();
        double[][] expected = new double[n][d];
        for (int i = 0; i < n; i++) {
            double l1 = 0;
            double tic = 0;
            for (int f = 0; f < d; f++) {
                l1 += Math.abs(y[i][f]);
                tic += y[i][f];
            }
            double norm = method == NormalizationMethod.L1 ? l1 : tic;
            norms.add(norm);
            for (int f = 0; f < d; f++) {
                expected[i][f] = method == NormalizationMethod.MINMAX ? (y[i][f] - min[f]) / (max[f] - min[f]) : y[i][f] / norm;
            }
        }
        assertMatrixEquals(expected, r.data(), 1e-6);
        assertEquals(n, r.data().rows());
        if (method != NormalizationMethod.MINMAX) {
            norms.sort(null);
            assertEquals(norms.get(n / 2), m.referenceScale(), 1e-9 * norms.get(n / 2));
        }
    }

    @Test
    void minMaxRoundTripRestoresTheRawValues() throws CanceledException {
        SpectralMatrix x = randomMatrix(300, 9, 11, 40);
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, x, NonFinitePolicy.REJECT, NONE);
        SpectralMatrix back = m.undo(m.apply(x, NonFinitePolicy.REJECT, NONE).data(), NONE);
        double[] min = m.featureMin();
        double[] max = m.featureMax();
        for (int i = 0; i < x.rows(); i++) {
            for (int f = 0; f < x.cols(); f++) {
                // the normalized value is stored as float32 in [0, 1]: 1e-6 of the feature's range
                assertEquals(x.get(i, f), back.get(i, f), 1e-6 * (max[f] - min[f]), "row " + i + " feature " + f);
            }
        }
    }

    @Test
    void minMaxUndoOfASpectrumIsTheExactAffineInverse() throws CanceledException {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { -4, 10, 7 }, { 6, 12, 7 } });
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, x, NonFinitePolicy.REJECT, NONE);
        assertArrayEquals(new double[] { -4 + 0.25 * 10, 10 + 0.5 * 2, 7 }, m.undo(new double[] { 0.25, 0.5, 0.9 }), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(value = NormalizationMethod.class, names = { "L1", "TIC" })
    void perSpectrumUndoMultipliesByTheMedianNorm(NormalizationMethod method) throws CanceledException {
        SpectralMatrix x = randomMatrix(101, 6, 3, 10);
        NormalizationModel m = NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, NONE);
        SpectralMatrix back = m.undo(m.apply(x, NonFinitePolicy.REJECT, NONE).data(), NONE);
        double[][] y = x.toDoubleRows();
        int medianRow = -1;
        for (int i = 0; i < y.length; i++) {
            double s = method == NormalizationMethod.L1 ? Arrays.stream(y[i]).map(Math::abs).sum() : Arrays.stream(y[i]).sum();
            if (s == m.referenceScale()) {
                medianRow = i;
            }
            for (int f = 0; f < y[i].length; f++) {
                double want = y[i][f] * m.referenceScale() / s;
                assertEquals(want, back.get(i, f), 1e-6 * Math.abs(want), "row " + i);
            }
        }
        assertTrue(medianRow >= 0, "an odd number of spectra has a median spectrum");
        for (int f = 0; f < y[medianRow].length; f++) {
            assertEquals(y[medianRow][f], back.get(medianRow, f), 1e-6 * Math.abs(y[medianRow][f]));
        }
        assertEquals(2 * m.referenceScale(), m.undo(new double[] { 2, 0, 0, 0, 0, 0 })[0], 1e-12);
    }

    @Test
    void constantFeaturesMapToZeroAndUndoToTheirValue() throws CanceledException {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { 3, 1, 0 }, { 3, 2, 0 }, { 3, 4, 0 } });
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, x, NonFinitePolicy.REJECT, NONE);
        NormalizationResult r = m.apply(x, NonFinitePolicy.REJECT, NONE);
        assertArrayEquals(new int[] { 0, 2 }, r.constantFeatures());
        for (int i = 0; i < 3; i++) {
            assertEquals(0f, r.data().get(i, 0));
            assertEquals(0f, r.data().get(i, 2));
        }
        assertArrayEquals(new double[] { 3, 1 + 0.5 * 3, 0 }, m.undo(new double[] { 0.7, 0.5, 0.2 }), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(NormalizationMethod.class)
    void rejectsNonFiniteValuesNamingRowColumnAndValue(NormalizationMethod method) {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { 1, 2 }, { 3, 4 }, { 5, Double.NaN } });
        NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
                () -> NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, NONE));
        assertTrue(e.getMessage().contains("Row 2, column 1"), e.getMessage());
        assertTrue(e.getMessage().contains("0-based"), e.getMessage());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertTrue(e.getMessage().contains("skip"), e.getMessage());
        assertEquals(2, e.row());
        assertEquals(1, e.column());

        SpectralMatrix inf = SpectralMatrix.of(new double[][] { { 1, Double.NEGATIVE_INFINITY } });
        NonFiniteValueException e2 = assertThrows(NonFiniteValueException.class,
                () -> NormalizationModel.fit(method, inf, NonFinitePolicy.REJECT, NONE));
        assertTrue(e2.getMessage().contains("-Infinity"), e2.getMessage());
    }

    @ParameterizedTest
    @EnumSource(NormalizationMethod.class)
    void skipLeavesNonFiniteRowsOutOfTheStatisticsAndWritesThemAsNaN(NormalizationMethod method) throws CanceledException {
        double[][] clean = { { 1, 2, 3 }, { 4, 8, 1 }, { 2, 5, 9 } };
        double[][] dirty = { { 1, 2, 3 }, { Double.NaN, 100, -100 }, { 4, 8, 1 }, { 2, 5, 9 }, { 0, Double.POSITIVE_INFINITY, 0 } };
        NormalizationModel reference = NormalizationModel.fit(method, SpectralMatrix.of(clean), NonFinitePolicy.REJECT, NONE);
        NormalizationModel m = NormalizationModel.fit(method, SpectralMatrix.of(dirty), NonFinitePolicy.SKIP, NONE);
        assertEquals(reference, m);

        NormalizationResult r = m.apply(SpectralMatrix.of(dirty), NonFinitePolicy.SKIP, NONE);
        assertArrayEquals(new int[] { 1, 4 }, r.skippedRows());
        for (int f = 0; f < 3; f++) {
            assertTrue(Float.isNaN(r.data().get(1, f)));
            assertTrue(Float.isNaN(r.data().get(4, f)));
        }
        SpectralMatrix expected = reference.apply(SpectralMatrix.of(clean), NonFinitePolicy.REJECT, NONE).data();
        int[] cleanRows = { 0, 2, 3 };
        for (int i = 0; i < cleanRows.length; i++) {
            for (int f = 0; f < 3; f++) {
                assertEquals(expected.get(i, f), r.data().get(cleanRows[i], f));
            }
        }
        assertThrows(NonFiniteValueException.class, () -> m.apply(SpectralMatrix.of(dirty), NonFinitePolicy.REJECT, NONE));
    }

    @Test
    void fittingOnlyNonFiniteRowsIsAnError() {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { Double.NaN, 1 }, { 2, Double.NaN } });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationModel.fit(NormalizationMethod.MINMAX, x, NonFinitePolicy.SKIP, NONE));
        assertTrue(e.getMessage().contains("All 2 spectra"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = NormalizationMethod.class, names = { "L1", "TIC" })
    void allZeroSpectraAreMaskedWithZerosNotNaN(NormalizationMethod method) throws CanceledException {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { 0, 0, 0 }, { 1, 1, 2 }, { 0, 0, 0 } });
        NormalizationModel m = NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, NONE);
        NormalizationResult r = m.apply(x, NonFinitePolicy.REJECT, NONE);
        assertArrayEquals(new int[] { 0, 2 }, r.maskedRows());
        assertMatrixEquals(new double[][] { { 0, 0, 0 }, { 0.25, 0.25, 0.5 }, { 0, 0, 0 } }, r.data(), 0);
        assertEquals(4.0, m.referenceScale());

        SpectralMatrix zeros = SpectralMatrix.of(new double[][] { { 0, 0 }, { 0, 0 } });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationModel.fit(method, zeros, NonFinitePolicy.REJECT, NONE));
        assertTrue(e.getMessage().contains("All 2 finite spectra"), e.getMessage());
    }

    @Test
    void applyRejectsDataWithAnotherFeatureCount() throws CanceledException {
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX,
                SpectralMatrix.of(new double[][] { { 1, 2, 3 } }), NonFinitePolicy.REJECT, NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.apply(SpectralMatrix.of(new double[][] { { 1, 2 } }), NonFinitePolicy.REJECT, NONE));
        assertTrue(e.getMessage().contains("must have 3 features") && e.getMessage().contains("Got 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.undo(new double[] { 1 }));
    }

    @Test
    void fittingZeroRowsIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationModel.fit(NormalizationMethod.L1, SpectralMatrix.allocate(0, 4), NonFinitePolicy.REJECT, NONE));
        assertTrue(e.getMessage().contains("0 spectra"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(NormalizationMethod.class)
    void restoreFromStoredStatisticsGivesAnEqualModel(NormalizationMethod method) throws CanceledException {
        SpectralMatrix x = randomMatrix(50, 4, 5, 3);
        NormalizationModel m = NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, NONE);
        NormalizationModel restored = NormalizationModel.restore(m.method(), m.featureMin(), m.featureMax(), m.referenceScale());
        assertEquals(m, restored);
        assertEquals(m.apply(x, NonFinitePolicy.REJECT, NONE).data(), restored.apply(x, NonFinitePolicy.REJECT, NONE).data());
    }

    @Test
    void restoreValidatesItsParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationModel.restore(NormalizationMethod.TIC, new double[] { 0 }, new double[] { 1 }, -2));
        assertEquals("The 'referenceScale' parameter must be a finite number > 0. Got -2.0 instead.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationModel.restore(NormalizationMethod.MINMAX, new double[] { 0, 5 }, new double[] { 1, 2 }, 1));
        assertTrue(e.getMessage().contains("featureMin[1] = 5.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NormalizationModel.restore(NormalizationMethod.MINMAX, new double[] { 0, 1 }, new double[] { 1 }, 1));
        assertTrue(e.getMessage().contains("'featureMax'"), e.getMessage());
    }

    @Test
    void methodIdsParseIgnoringCaseAndUnknownIdsListTheValidOnes() {
        assertEquals(NormalizationMethod.MINMAX, NormalizationMethod.parse(" MinMax "));
        assertEquals(NormalizationMethod.L1, NormalizationMethod.parse("l1"));
        assertEquals(NormalizationMethod.TIC, NormalizationMethod.parse("TIC"));
        assertEquals("tic", NormalizationMethod.TIC.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NormalizationMethod.parse("zscore"));
        assertEquals("The normalization method must be one of 'minmax', 'l1', 'tic'. Got 'zscore' instead.", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(NormalizationMethod.class)
    void cancellationStopsFitApplyAndUndo(NormalizationMethod method) throws CanceledException {
        SpectralMatrix x = randomMatrix(20_000, 4, 9, 1);
        CountingMonitor counter = new CountingMonitor(Integer.MAX_VALUE);
        NormalizationModel m = NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, counter);
        assertTrue(counter.checks >= 4, "checks cancellation every few thousand spectra, got " + counter.checks);
        assertEquals(1.0, counter.lastFraction);

        assertThrows(CanceledException.class, () -> NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, new CountingMonitor(2)));
        assertThrows(CanceledException.class, () -> m.apply(x, NonFinitePolicy.REJECT, new CountingMonitor(2)));
        assertThrows(CanceledException.class, () -> m.undo(x, new CountingMonitor(2)));
    }

    private static final class CountingMonitor implements ProgressMonitor {
        private final int cancelAfter;
        int checks;
        double lastFraction = Double.NaN;

        CountingMonitor(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void checkCanceled() throws CanceledException {
            if (++checks > cancelAfter) {
                throw new CanceledException();
            }
        }

        @Override
        public void setProgress(double fraction, Supplier<String> message) {
            lastFraction = fraction;
        }
    }

    private static SpectralMatrix randomMatrix(int n, int d, long seed, double scale) {
        SplittableRandom rnd = new SplittableRandom(seed);
        SpectralMatrix x = SpectralMatrix.allocate(n, d, 7 * d);
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                x.set(i, f, (float) (scale * rnd.nextDouble(0.1, 10)));
            }
        }
        return x;
    }

    private static double[] flatten(SpectralMatrix m) {
        return Arrays.stream(m.toDoubleRows()).flatMapToDouble(Arrays::stream).toArray();
    }

    private static void assertMatrixEquals(double[][] expected, SpectralMatrix actual, double tol) {
        assertEquals(expected.length, actual.rows());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual.cols());
            for (int f = 0; f < expected[i].length; f++) {
                assertEquals(expected[i][f], actual.get(i, f), tol * Math.max(1, Math.abs(expected[i][f])),
                        "row " + i + ", feature " + f);
            }
        }
    }
}
