package io.spikemix.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.gmm.StoredGaussianMixture;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/**
 * The three fitted models answer the one {@link FittedModel} contract alike: scoring the fitted pixels reproduces the
 * fit's labels exactly, responsibilities are distributions whose argmax is the label, thread count changes no bit,
 * and a model rebuilt from its stored parameters (what {@code spikemix predict} and the predictor nodes do)
 * reproduces the labels exactly and the responsibilities within {@link #RESTORED_TOLERANCE}.
 *
 * <p>The data are a noisy phantom (σ² = 0.2 against unit-peak spikes), so many responsibilities lie strictly
 * between 0 and 1 and the tolerance is tested on values that could differ, not on saturated 0/1.
 */
class FittedModelContractTest {

    /**
     * Restored against fitted responsibilities. SMM: the stored spikes are x_k = s_k·v_k; restoring splits them into
     * ‖x_k‖ and x_k/‖x_k‖ again, which rounds v_k in the last bit (measured differences ≤ 2.4e-15); GMM and k-means
     * restore bit for bit.
     */
    static final double RESTORED_TOLERANCE = 1e-12;

    private static final SpikedPhantom PHANTOM = SpikedPhantom.generate(
            new PhantomOptions(40, 48, 24, 4, 0.2, 11L));
    private static final SpectralMatrix DATA = PHANTOM.cube().spectra();
    private static final int K = 4;

    record Fitted(String name, FittedModel model, int[] fitLabels, FittedModel restored) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> models() throws CanceledException {
        SpikedMixtureModel smm = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(K).seed(3)
                .schedule(SieveSchedule.of(3, 5, 1, 60, 1e-8)).threads(2).build()).fit(DATA, ProgressMonitor.NONE);
        GaussianMixtureModel gmm = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(K).seed(3).threads(2)
                .build()).fit(DATA, ProgressMonitor.NONE);
        KMeansModel km = new KMeansFitter(KMeansOptions.builder().k(K).seed(3).threads(2).build())
                .fit(DATA, ProgressMonitor.NONE);
        List<DMatrixRMaj> cov = gmm.covariances();
        double[][] flat = cov.stream().map(m -> m.data.clone()).toArray(double[][]::new);
        return Stream.of(
                Arguments.of(new Fitted("smm", smm, smm.labels(),
                        SpikedMixtureModel.of(smm.spikes(), smm.pi(), smm.sigma2()))),
                Arguments.of(new Fitted("gmm", gmm, gmm.labels(),
                        StoredGaussianMixture.restore(gmm.weights(), gmm.means(), flat))),
                Arguments.of(new Fitted("kmeans", km, km.labels(), KMeansModel.of(km.centroids(), km.weights()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void scoringTheFittedPixelsReproducesTheFitsLabels(Fitted f) throws CanceledException {
        assertArrayEquals(f.fitLabels(), f.model().labels(DATA, 2, ProgressMonitor.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void responsibilitiesAreDistributionsWhoseArgmaxIsTheLabel(Fitted f) throws CanceledException {
        FittedModel m = f.model();
        double[] r = m.responsibilities(DATA, 2, ProgressMonitor.NONE);
        int[] labels = m.labels(DATA, 2, ProgressMonitor.NONE);
        assertEquals((long) DATA.rows() * m.k(), r.length);
        for (int i = 0; i < DATA.rows(); i++) {
            double sum = 0;
            int best = 0;
            for (int c = 0; c < m.k(); c++) {
                double v = r[i * m.k() + c];
                assertTrue(v >= 0 && v <= 1, "row " + i + " component " + c + ": " + v);
                sum += v;
                if (v > r[i * m.k() + best]) {
                    best = c;
                }
            }
            assertEquals(1.0, sum, 1e-12, "row " + i);
            assertEquals(labels[i], best, "row " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void threadCountChangesNoBit(Fitted f) throws CanceledException {
        FittedModel m = f.model();
        assertArrayEquals(m.responsibilities(DATA, 1, ProgressMonitor.NONE),
                m.responsibilities(DATA, 3, ProgressMonitor.NONE));
        assertEquals(m.logLikelihood(DATA, 1, ProgressMonitor.NONE), m.logLikelihood(DATA, 3, ProgressMonitor.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aRestoredModelReproducesLabelsExactlyAndResponsibilitiesWithinTheTolerance(Fitted f)
            throws CanceledException {
        FittedModel m = f.model();
        FittedModel back = f.restored();
        assertEquals(m.k(), back.k());
        assertEquals(m.dimension(), back.dimension());
        assertArrayEquals(m.weights(), back.weights());
        assertArrayEquals(f.fitLabels(), back.labels(DATA, 2, ProgressMonitor.NONE));
        double[] a = m.responsibilities(DATA, 2, ProgressMonitor.NONE);
        double[] b = back.responsibilities(DATA, 2, ProgressMonitor.NONE);
        int interior = 0;
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], RESTORED_TOLERANCE, "entry " + i);
            interior += a[i] > 0.01 && a[i] < 0.99 ? 1 : 0;
        }
        if (!f.name().equals("kmeans")) {
            assertTrue(interior > DATA.rows() / 20, f + ": the data must not saturate, only " + interior
                    + " responsibilities lie in (0.01, 0.99)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void likelihoodAndNoiseVarianceExistExactlyForTheProbabilisticModels(Fitted f) throws CanceledException {
        FittedModel m = f.model();
        OptionalDouble ll = m.logLikelihood(DATA, 2, ProgressMonitor.NONE);
        boolean probabilistic = !f.name().equals("kmeans");
        assertEquals(probabilistic, ll.isPresent());
        assertEquals(probabilistic, m.noiseVariance().isPresent());
        assertEquals(K, m.spikes().length);
        assertEquals(DATA.cols(), m.spikes()[0].length);
        if (m instanceof SpikedMixtureModel smm) {
            // same kernel, same block order: the fit's last trace entry bit for bit
            assertEquals(smm.logLikelihood(), ll.getAsDouble());
            assertEquals(smm.sigma2(), m.noiseVariance().getAsDouble());
        }
        if (m instanceof GaussianMixtureModel gmm) {
            assertEquals(gmm.logLikelihood(), ll.getAsDouble(), 1e-9 * Math.abs(gmm.logLikelihood()));
            assertEquals(gmm.spectralGapSpikes().sigma2(), m.noiseVariance().getAsDouble());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void dataWithAnotherBandCountAreRefusedNamingBothCounts(Fitted f) {
        SpectralMatrix other = SpectralMatrix.allocate(5, DATA.cols() + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.model().labels(other, 1, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains(String.valueOf(DATA.cols() + 1)) && e.getMessage().contains(
                String.valueOf(DATA.cols())), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
