package io.spikemix.knime.gmm.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.SpikedSamples;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MemoryConfig;
import io.spikemix.knime.base.spikes.SpikeRows;

class GmmModelContentTest {

    private static final List<String> COLUMNS = List.of("m/z 100", "m/z 200", "m/z 300");
    private static final BandAxis AXIS = BandAxis.of(new double[] {100, 200, 300}, "m/z");

    /** Zero-mean pixels α·x_k + noise on two directions, so the spectral-gap spikes are ±x_k approximately. */
    private static SpectralMatrix twoLines(long seed, int n) {
        return SpikedSamples.draw(new double[][] {{3, 0, 0}, {0, 2, 2}}, n, 0.05, seed);
    }

    private static GaussianMixtureModel fit(SpectralMatrix data) throws Exception {
        return new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(2).zeroMean(true).seed(1).threads(1)
                .build()).fit(data, ProgressMonitor.NONE);
    }

    @Test
    void savedModelRestoresToOneThatReproducesTheTrainingAssignmentExactly() throws Exception {
        SpectralMatrix data = twoLines(1, 300);
        GaussianMixtureModel fitted = fit(data);
        GmmModelContent content = GmmModelContent.fitted(GmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2),
                fitted);
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        GmmModelContent back = GmmModelContent.load(store);

        assertEquals(content, back);
        assertArrayEquals(fitted.labels(), back.model().predict(data));
        assertEquals(fitted.responsibilities(), back.model().assign(data, 1, ProgressMonitor.NONE).responsibilities());
        assertEquals(content.spikes().sigma2(), back.spikes().sigma2(), 0.0);
        assertArrayEquals(content.spikes().spikes()[1], back.spikes().spikes()[1], 0.0);
    }

    @Test
    void spikeRowsCarryWeightsSquaredNormsAndTheSpectralGapColumns() throws Exception {
        GaussianMixtureModel fitted = fit(twoLines(3, 300));
        GmmModelContent content = GmmModelContent.fitted(GmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2),
                fitted);
        SpikeRows rows = content.spikeRows("sigma2_gmm", "spectral_gap_ok");
        double[][] spikes = content.spikes().spikes();
        for (int c = 0; c < 2; c++) {
            double norm2 = spikes[c][0] * spikes[c][0] + spikes[c][1] * spikes[c][1] + spikes[c][2] * spikes[c][2];
            assertEquals(List.of(c + 1, fitted.weights()[c], norm2, norm2 > 0 ? 1 : 0, content.spikes().sigma2(),
                    1), rows.leadingValues(c));
        }
        // one recovered spike is the generating direction (3, 0, 0) scaled by the sample RMS of α (150 draws:
        // within 20% with overwhelming probability)
        double[] big = spikes[0][0] > 1 ? spikes[0] : spikes[1];
        assertEquals(3, big[0], 0.6);
        assertEquals(0, big[1], 0.3);
        int bigRow = spikes[0][0] > 1 ? 0 : 1;
        assertEquals(big[0] * big[0] + big[1] * big[1] + big[2] * big[2], rows.norm2(bigRow), 1e-12);
    }

    @Test
    void incompleteSavedModelsAreRejectedNamingTheKey() throws Exception {
        GmmModelContent content = GmmModelContent.fitted(GmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 2),
                fit(twoLines(1, 100)));
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        store.remove("covariances");
        ConfigException e = assertThrows(ConfigException.class, () -> GmmModelContent.load(store));
        assertTrue(e.getMessage().contains("covariances"), e.getMessage());
    }
}
