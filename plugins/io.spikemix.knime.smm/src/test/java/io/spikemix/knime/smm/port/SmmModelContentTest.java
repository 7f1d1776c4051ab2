package io.spikemix.knime.smm.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MemoryConfig;

class SmmModelContentTest {

    private static final List<String> COLUMNS = List.of("500 nm", "510 nm", "520 nm", "530 nm");
    private static final BandAxis AXIS = BandAxis.of(new double[] {500, 510, 520, 530}, "nm");

    /** Pixels α·x_k + noise for two orthogonal spikes. */
    private static SpectralMatrix twoSpikes(long seed, int n) {
        double[][] spikes = {{4, 4, 0, 0}, {0, 0, 3, -3}};
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][4];
        for (int i = 0; i < n; i++) {
            double a = rnd.nextGaussian();
            for (int f = 0; f < 4; f++) {
                rows[i][f] = a * spikes[i % 2][f] + 0.1 * rnd.nextGaussian();
            }
        }
        return SpectralMatrix.of(rows);
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
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12);
        }
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
}
