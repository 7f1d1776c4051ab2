package io.spikemix.engine.gmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;

/**
 * Degenerate data for every clustering method (issue 17, "degenerate-data suite"), one generic test over SMM, GMM
 * and k-means as EJML's generic tests run one body over every implementation. Each case has a defined outcome:
 * either a refusal, an {@link IllegalArgumentException} whose message is one line and names what to change, or a
 * valid fit, whose every reported quantity is within its bounds: labels in [0, K), finite parameters, σ² ≥ 0 and
 * variances ≥ 0, finite log-likelihood. No other exception may escape.
 */
class DegenerateDataTest {

    /** What a method reports, reduced to the quantities whose bounds are checked. */
    private static final class Outcome {
        int[] labels;
        List<double[]> finite = new ArrayList<>();
        List<Double> nonNegative = new ArrayList<>();
    }

    enum Method {
        SMM((y, k) -> {
            SpikedMixtureModel m = fitSmm(y, k);
            Outcome o = new Outcome();
            o.labels = m.labels();
            o.nonNegative.add(m.sigma2());
            o.finite.add(m.pi());
            o.finite.add(new double[] {m.logLikelihood(), m.sigma2()});
            for (double[] x : m.spikes()) {
                o.finite.add(x);
            }
            return o;
        }),
        GMM((y, k) -> {
            GaussianMixtureModel m = fitGmm(y, k);
            Outcome o = new Outcome();
            o.labels = m.labels();
            o.finite.add(m.weights());
            o.finite.add(new double[] {m.logLikelihood()});
            for (double[] mu : m.means()) {
                o.finite.add(mu);
            }
            for (DMatrixRMaj c : m.covariances()) {
                o.finite.add(c.data);
                for (int j = 0; j < c.numRows; j++) {
                    o.nonNegative.add(c.get(j, j));
                }
            }
            if (y.cols() >= 2) {
                SpectralGapSpikes s = m.spectralGapSpikes();
                o.nonNegative.add(s.sigma2());
                for (double[] x : s.spikes()) {
                    o.finite.add(x);
                }
            }
            return o;
        }),
        KMEANS((y, k) -> {
            KMeansModel m = fitKMeans(y, k);
            Outcome o = new Outcome();
            o.labels = m.labels();
            o.nonNegative.add(m.inertia());
            o.finite.add(new double[] {m.inertia()});
            for (double[] c : m.centroids()) {
                o.finite.add(c);
            }
            if (y.cols() >= 2) {
                SpectralGapSpikes s = SpectralGapSpikes.of(m.clusterSecondMoments(y));
                o.nonNegative.add(s.sigma2());
                for (double[] x : s.spikes()) {
                    o.finite.add(x);
                }
            }
            return o;
        });

        final BiFunction<SpectralMatrix, Integer, Outcome> fit;

        Method(BiFunction<SpectralMatrix, Integer, Outcome> fit) {
            this.fit = fit;
        }
    }

    /** A case: data, K, and whether a refusal is the defined outcome (null: a valid fit is). */
    private static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Method m : Method.values()) {
            out.add(Arguments.of(m, "K > N", random(3, 4, 1), 4, "'k'"));
            out.add(Arguments.of(m, "K = N", random(5, 4, 2), 5, null));
            out.add(Arguments.of(m, "K = 1", random(40, 6, 3), 1, null));
            out.add(Arguments.of(m, "N = 1", random(1, 6, 4), 1, null));
            // one feature: the SMM cannot tell spike from noise and refuses; GMM and k-means cluster the values
            out.add(Arguments.of(m, "d = 1", random(40, 1, 5), 2, m == Method.SMM ? "at least 2 features" : null));
            out.add(Arguments.of(m, "constant cube, K = 2", constant(30, 5, 2.5f), 2, "distinct"));
            out.add(Arguments.of(m, "constant cube, K = 1", constant(30, 5, 2.5f), 1, null));
            out.add(Arguments.of(m, "constant band", withConstantBand(random(40, 6, 6), 2, 7f), 3, null));
            out.add(Arguments.of(m, "all-zero pixels", withZeroRows(random(40, 6, 7), 10), 3, null));
            out.add(Arguments.of(m, "NaN", withValue(random(40, 6, 8), 17, 3, Float.NaN), 2, "row 17, column 3"));
            out.add(Arguments.of(m, "+Inf", withValue(random(40, 6, 9), 5, 0, Float.POSITIVE_INFINITY), 2,
                    "row 5, column 0"));
            out.add(Arguments.of(m, "1e30", scaled(random(40, 6, 10), 1e30), 3, null));
            out.add(Arguments.of(m, "denormals", scaled(random(40, 6, 11), 1e-40), 3, null));
            out.add(Arguments.of(m, "duplicate pixels", duplicated(random(4, 6, 12), 10), 3, null));
            out.add(Arguments.of(m, "tiny scale 1e-20", scaled(random(40, 6, 13), 1e-20), 3, null));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachDegenerateCaseHasItsDefinedOutcome(Method method, String name, SpectralMatrix y, int k,
            String refusal) {
        Outcome o;
        try {
            o = method.fit.apply(y, k);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            assertTrue(refusal != null, method + " " + name + " should fit but refused: " + m);
            assertTrue(m.contains(refusal), method + " " + name + ": " + m);
            assertFalse(m.contains("\n"), "one line: " + m);
            return;
        } catch (RuntimeException e) {
            fail(method + " " + name + ": " + e, e);
            return;
        }
        assertTrue(refusal == null, method + " " + name + " should be refused (" + refusal + ") but fitted");
        assertEquals(y.rows(), o.labels.length);
        for (int l : o.labels) {
            assertTrue(l >= 0 && l < k, method + " " + name + ": label " + l);
        }
        for (double[] v : o.finite) {
            for (double x : v) {
                assertTrue(Double.isFinite(x), method + " " + name + ": non-finite " + x);
            }
        }
        for (double v : o.nonNegative) {
            assertTrue(v >= 0, method + " " + name + ": negative variance " + v);
        }
    }

    private static SpikedMixtureModel fitSmm(SpectralMatrix y, int k) {
        try {
            return new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(k).singleStart(30, 1e-6).seed(1)
                    .threads(2).build()).fit(y, ProgressMonitor.NONE);
        } catch (io.spikemix.engine.progress.CanceledException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GaussianMixtureModel fitGmm(SpectralMatrix y, int k) {
        try {
            return new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(k).maxIter(30).seed(1).threads(2)
                    .build()).fit(y, ProgressMonitor.NONE);
        } catch (io.spikemix.engine.progress.CanceledException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KMeansModel fitKMeans(SpectralMatrix y, int k) {
        try {
            return new KMeansFitter(KMeansOptions.builder().k(k).seed(1).threads(2).build()).fit(y,
                    ProgressMonitor.NONE);
        } catch (io.spikemix.engine.progress.CanceledException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SpectralMatrix random(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SpectralMatrix y = SpectralMatrix.allocate(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                y.set(i, j, (float) (rng.nextDouble() * 2 + (i % 3) * 3 * (j % 2)));
            }
        }
        return y;
    }

    private static SpectralMatrix constant(int n, int d, float v) {
        SpectralMatrix y = SpectralMatrix.allocate(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                y.set(i, j, v);
            }
        }
        return y;
    }

    private static SpectralMatrix withConstantBand(SpectralMatrix y, int band, float v) {
        for (int i = 0; i < y.rows(); i++) {
            y.set(i, band, v);
        }
        return y;
    }

    private static SpectralMatrix withZeroRows(SpectralMatrix y, int rows) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < y.cols(); j++) {
                y.set(i * 2, j, 0f);
            }
        }
        return y;
    }

    private static SpectralMatrix withValue(SpectralMatrix y, int row, int col, float v) {
        y.set(row, col, v);
        return y;
    }

    private static SpectralMatrix scaled(SpectralMatrix y, double s) {
        for (int i = 0; i < y.rows(); i++) {
            for (int j = 0; j < y.cols(); j++) {
                y.set(i, j, (float) (y.get(i, j) * s));
            }
        }
        return y;
    }

    private static SpectralMatrix duplicated(SpectralMatrix distinct, int copies) {
        SpectralMatrix y = SpectralMatrix.allocate(distinct.rows() * copies, distinct.cols());
        float[] row = new float[distinct.cols()];
        for (int i = 0; i < y.rows(); i++) {
            distinct.getRow(i % distinct.rows(), row);
            y.setRow(i, row);
        }
        return y;
    }
}
