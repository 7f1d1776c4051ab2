package io.spikemix.knime.smm.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.SpikedSamples;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MemoryConfig;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

class SmmModelContentTest {

    private static final List<String> COLUMNS = List.of("500 nm", "510 nm", "520 nm", "530 nm");
    private static final BandAxis AXIS = BandAxis.of(new double[] {500, 510, 520, 530}, "nm");

    /** Pixels α·x_k + noise for two orthogonal spikes. */
    private static SpectralMatrix twoSpikes(long seed, int n) {
        return SpikedSamples.draw(new double[][] {{4, 4, 0, 0}, {0, 0, 3, -3}}, n, 0.1, seed);
    }

    private static SpikedMixtureModel fit() throws CanceledException {
        return new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(2).schedule(SieveSchedule.HSI).seed(3)
                .threads(1).build()).fit(twoSpikes(1, 200), ProgressMonitor.NONE);
    }

    @Test
    void savedModelRestoresToOneWithTheSameResponsibilitiesOnNewData() throws Exception {
        SpikedMixtureModel fitted = fit();
        SmmModelContent content = SmmModelContent.fitted(SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2),
                fitted);
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        SmmModelContent back = SmmModelContent.load(store);

        assertEquals(content, back);
        assertEquals(COLUMNS, back.spec().features().columns());
        assertArrayEquals(fitted.logLikelihoodTrace(), back.logLikelihoodTrace(), 0.0);
        assertEquals(fitted.iterations(), back.iterations());
        SpectralMatrix fresh = twoSpikes(2, 50);
        assertArrayEquals(fitted.labels(fresh), back.model().labels(fresh));
        // The restored model recomputes each unit direction x/‖x‖ from the saved spike, which may differ from the
        // fitted direction in the last bit; responsibilities therefore agree to rounding, not bit for bit.
        double[][] expected = fitted.responsibilities(fresh);
        double[][] actual = back.model().responsibilities(fresh);
        int interior = 0;
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12);
            for (double p : expected[i]) {
                interior += p > 1e-6 && p < 1 - 1e-6 ? 1 : 0;
            }
        }
        assertTrue(interior > 0, "some responsibilities must lie strictly between 0 and 1, or the check proves little");
    }

    @Test
    void incompleteOrInconsistentSavedModelsAreRejectedNamingTheProblem() throws Exception {
        SmmModelContent content = SmmModelContent.fitted(SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2),
                fit());
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        store.remove("sigma2");
        ConfigException e = assertThrows(ConfigException.class, () -> SmmModelContent.load(store));
        assertTrue(e.getMessage().contains("sigma2"), e.getMessage());

        MemoryConfig wrongK = new MemoryConfig();
        content.save(wrongK);
        wrongK.putInt("k", 3);
        e = assertThrows(ConfigException.class, () -> SmmModelContent.load(wrongK));
        assertTrue(e.getMessage().contains("'spikes' should be 3 x 4"), e.getMessage());
    }

    @Test
    void contentRefusesAModelOfAnotherShape() throws Exception {
        SpikedMixtureModel fitted = fit();
        assertThrows(IllegalArgumentException.class, () -> SmmModelContent.fitted(
                SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 3), fitted));
        assertThrows(IllegalArgumentException.class, () -> SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 0));
    }

    /** Raw spectra on five columns: offset + α·x_k + noise, with per-column offsets so min-max undo matters. */
    private static double[][] rawSpectra(long seed, int n) {
        double[][] spikes = {{4, 4, 0, 0, 1}, {0, 0, 3, -3, 1}};
        double[] offset = {100, 50, 20, 70, 10};
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][5];
        for (int i = 0; i < n; i++) {
            double a = rnd.nextGaussian();
            for (int f = 0; f < 5; f++) {
                rows[i][f] = offset[f] + a * spikes[i % 2][f] + 0.1 * rnd.nextGaussian();
            }
        }
        return rows;
    }

    private static final List<String> NORMALIZED_COLUMNS = List.of("490 nm", "500 nm", "510 nm", "520 nm",
            "530 nm");

    /** A min-max or l1 normalization fitted on the five raw columns 490 … 530 nm. */
    private static NormalizationModelContent normalization(NormalizationMethod method, double[][] raw)
            throws CanceledException {
        NormalizationModel m = NormalizationModel.fit(method, SpectralMatrix.of(raw), NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        return new NormalizationModelContent(new NormalizationSpecContent(method, NORMALIZED_COLUMNS,
                BandAxis.of(new double[] {490, 500, 510, 520, 530}, "nm")), m);
    }

    /** The SMM fitted on columns 500 … 530 nm (features 1 … 4) of the normalized spectra. */
    private static SmmModelContent fittedOnNormalized(NormalizationModelContent norm, double[][] raw)
            throws CanceledException {
        SpectralMatrix normalized = norm.model().apply(SpectralMatrix.of(raw), NonFinitePolicy.REJECT,
                ProgressMonitor.NONE).data();
        double[][] rows = new double[raw.length][4];
        for (int i = 0; i < raw.length; i++) {
            for (int f = 0; f < 4; f++) {
                rows[i][f] = normalized.get(i, f + 1);
            }
        }
        SpikedMixtureModel model = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(2)
                .schedule(SieveSchedule.HSI).seed(5).threads(1).build())
                .fit(SpectralMatrix.of(rows), ProgressMonitor.NONE);
        return SmmModelContent.fitted(SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2), model)
                .withNormalization(norm);
    }

    @Test
    void rawSpikesAreTheMinMaxUndoOfTheFittedSpikesWithEachColumnsOwnMinimumAndMaximum() throws Exception {
        double[][] raw = rawSpectra(7, 300);
        SmmModelContent content = fittedOnNormalized(normalization(NormalizationMethod.MINMAX, raw), raw);
        // min and max of each of the model's columns (features 1 … 4 of the raw data), over the float32 values the
        // normalization saw, computed here by hand
        double[] min = new double[4];
        double[] max = new double[4];
        for (int f = 0; f < 4; f++) {
            min[f] = Double.POSITIVE_INFINITY;
            max[f] = Double.NEGATIVE_INFINITY;
            for (double[] r : raw) {
                double v = (float) r[f + 1];
                min[f] = Math.min(min[f], v);
                max[f] = Math.max(max[f], v);
            }
        }
        double[][] spikes = content.model().spikes();
        double[][] undone = content.rawSpikes();
        for (int k = 0; k < 2; k++) {
            for (int f = 0; f < 4; f++) {
                assertEquals(spikes[k][f] * (max[f] - min[f]) + min[f], undone[k][f], 1e-9,
                        "spike " + k + ", feature " + f);
            }
        }
        assertEquals(COLUMNS, content.normalization().get().spec().columns());
    }

    @Test
    void rawSpikesOfAnL1NormalizationAreScaledByTheMedianL1NormOfTheRawSpectra() throws Exception {
        double[][] raw = rawSpectra(8, 301);
        SmmModelContent content = fittedOnNormalized(normalization(NormalizationMethod.L1, raw), raw);
        double[] norms = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            for (double v : raw[i]) {
                norms[i] += Math.abs((float) v);
            }
        }
        Arrays.sort(norms);
        double median = norms[raw.length / 2];
        double[][] spikes = content.model().spikes();
        double[][] undone = content.rawSpikes();
        for (int k = 0; k < 2; k++) {
            for (int f = 0; f < 4; f++) {
                assertEquals(spikes[k][f] * median, undone[k][f], 1e-9 * Math.abs(median));
            }
        }
    }

    @Test
    void savedModelKeepsItsNormalizationInANestedConfig() throws Exception {
        double[][] raw = rawSpectra(9, 200);
        SmmModelContent content = fittedOnNormalized(normalization(NormalizationMethod.MINMAX, raw), raw);
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        assertTrue(store.contains("normalization"));
        assertEquals(COLUMNS, List.of(store.getChild("normalization").getStringArray("columns")));

        SmmModelContent back = SmmModelContent.load(store);
        assertEquals(content, back);
        assertEquals(content.normalization().get(), back.normalization().get());
        assertEquals(content.portSpec(), back.portSpec());
        double[][] expected = content.rawSpikes();
        double[][] actual = back.rawSpikes();
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(expected[k], actual[k], 0.0);
        }
    }

    @Test
    void modelsSavedWithoutANormalizationLoadWithNoneAndCannotBeUndone() throws Exception {
        SmmModelContent content = SmmModelContent.fitted(SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2),
                fit());
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        // exactly the keys models had before they carried normalizations
        assertEquals(Set.of("columns", "bandValues", "bandUnit", "k", "spikesRows", "spikes", "pi", "sigma2",
                "loglikTrace", "iterations", "converged"), store.keys());
        SmmModelContent back = SmmModelContent.load(store);
        assertTrue(back.normalization().isEmpty());
        assertTrue(back.portSpec().normalization().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, back::rawSpikes);
        assertTrue(e.getMessage().contains("no normalization"), e.getMessage());
    }

    @Test
    void aNormalizationNotFittedOnEveryModelColumnIsRefusedNamingTheMissingOnes() throws Exception {
        double[][] raw = rawSpectra(10, 50);
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, SpectralMatrix.of(raw),
                NonFinitePolicy.REJECT, ProgressMonitor.NONE);
        NormalizationModelContent other = new NormalizationModelContent(new NormalizationSpecContent(
                NormalizationMethod.MINMAX, List.of("490 nm", "500 nm", "510 nm", "x", "y"),
                BandAxis.of(new double[] {490, 500, 510, 1, 2}, "nm")), m);
        SmmModelContent content = SmmModelContent.fitted(SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2),
                fit());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> content.withNormalization(other));
        assertTrue(e.getMessage().contains("2 of the 4 columns: '520 nm', '530 nm'"), e.getMessage());
    }
}
