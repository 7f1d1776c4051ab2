package io.spikemix.knime.smm.predictor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.SpikedSamples;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MemoryConfig;
import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.MixturePredictorCore;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.smm.port.SmmModelContent;

/**
 * The SMM Predictor end to end without KNIME: a model saved by the learner and loaded again labels the learner's
 * pixels exactly as the learner did, appends the responsibilities the engine computes, and refuses a table lacking a
 * band column.
 */
class SmmPredictorCoreTest {

    private static final List<String> BANDS = List.of("500 nm", "510 nm", "520 nm", "530 nm");
    private static final BandAxis AXIS = BandAxis.of(new double[] {500, 510, 520, 530}, "nm");

    /** Pixels α·x_k + noise for two orthogonal spikes, noisy enough that responsibilities are soft. */
    private static SpectralMatrix pixels(long seed, int n) {
        return SpikedSamples.draw(new double[][] {{2, 2, 0, 0}, {0, 0, 1.5, -1.5}}, n, 0.5, seed);
    }

    private static List<ColumnInfo> table() {
        List<ColumnInfo> t = new ArrayList<>();
        t.add(new ColumnInfo("x", true, true, Map.of()));
        for (String b : BANDS) {
            t.add(new ColumnInfo(b, true, false, Map.of()));
        }
        return t;
    }

    private static SmmModelContent savedAndLoaded(SpikedMixtureModel fitted) throws Exception {
        return savedAndLoaded(fitted, 2);
    }

    private static SmmModelContent savedAndLoaded(SpikedMixtureModel fitted, int k) throws Exception {
        SmmModelContent content = SmmModelContent.fitted(SmmModelContent.specFor(new FeatureSpace(BANDS, AXIS), k),
                fitted);
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        return SmmModelContent.load(store);
    }

    @Test
    void aRestoredModelLabelsTheLearnersPixelsAsTheLearnerDid() throws Exception {
        SpectralMatrix data = pixels(1, 400);
        SpikedMixtureModel fitted = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(2)
                .schedule(SieveSchedule.HSI).seed(3).threads(1).build()).fit(data, ProgressMonitor.NONE);
        SmmModelContent back = savedAndLoaded(fitted);
        SpectralColumns cols = MixturePredictorCore.columns(back.spec(), table(), "the spiked mixture model");
        Appended out = MixturePredictorCore.execute(PixelData.of(cols, data), back.scorer(2), true,
                ProgressMonitor.NONE);
        assertEquals(MixturePredictorCore.configure(back.spec(), table(), true, "m"), out.columns());
        int[] labels = fitted.labels();
        double[] resp = fitted.responsibilities(data, 1, ProgressMonitor.NONE);
        int soft = 0;
        for (int i = 0; i < data.rows(); i++) {
            Object[] row = out.row(i);
            assertEquals(labels[i] + 1, row[0], "row " + i);
            for (int c = 0; c < 2; c++) {
                assertEquals(resp[i * 2 + c], (Double) row[c + 1], 1e-12, "row " + i);
            }
            soft += (Double) row[3] < 0.99 ? 1 : 0;
        }
        assertTrue(soft > 10, "the data must give soft responsibilities, only " + soft + " rows below 0.99");
    }

    /**
     * For K from 1 to 3, with and without responsibilities: the appended columns are the announced ones, and new
     * pixels get the labels and responsibilities the fitted model gives them.
     */
    @ParameterizedTest(name = "K = {0}, responsibilities {1}")
    @CsvSource({ "1, false", "1, true", "2, false", "2, true", "3, false", "3, true" })
    void newPixelsGetTheFittedModelsAnswersForEveryK(int k, boolean withResp) throws Exception {
        SpikedMixtureModel fitted = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(k)
                .schedule(SieveSchedule.of(2, 3, 1, 20, 1e-6)).seed(k).threads(1).build())
                .fit(pixels(30 + k, 200), ProgressMonitor.NONE);
        SmmModelContent back = savedAndLoaded(fitted, k);
        SpectralMatrix fresh = pixels(40 + k, 120);
        SpectralColumns cols = MixturePredictorCore.columns(back.spec(), table(), "m");
        Appended out = MixturePredictorCore.execute(PixelData.of(cols, fresh), back.scorer(2), withResp,
                ProgressMonitor.NONE);
        assertEquals(MixturePredictorCore.configure(back.spec(), table(), withResp, "m"), out.columns());
        double[] resp = fitted.responsibilities(fresh, 1, ProgressMonitor.NONE);
        int[] labels = SpikedMixtureModel.labels(resp, k);
        for (int i = 0; i < fresh.rows(); i++) {
            Object[] row = out.row(i);
            assertEquals(labels[i] + 1, row[0], "row " + i);
            for (int c = 0; c < k && withResp; c++) {
                assertEquals(resp[i * k + c], (Double) row[c + 1], 1e-12, "row " + i);
            }
        }
    }

    @Test
    void aTableLackingABandColumnIsRefusedNamingIt() throws Exception {
        SmmModelContent back = savedAndLoaded(SpikedMixtureModel.of(new double[][] {{1, 1, 0, 0}, {0, 0, 1, -1}},
                new double[] {0.5, 0.5}, 0.2));
        List<ColumnInfo> t = table();
        t.remove(2);
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> MixturePredictorCore.configure(back.spec(), t, false, "the spiked mixture model"));
        assertTrue(e.getMessage().contains("'510 nm'"), e.getMessage());
    }

    @Test
    void cancellingStopsTheScoring() throws Exception {
        SmmModelContent back = savedAndLoaded(SpikedMixtureModel.of(new double[][] {{1, 1, 0, 0}, {0, 0, 1, -1}},
                new double[] {0.5, 0.5}, 0.2));
        SpectralColumns cols = MixturePredictorCore.columns(back.spec(), table(), "m");
        assertThrows(CanceledException.class, () -> MixturePredictorCore.execute(PixelData.of(cols, pixels(2, 5000)),
                back.scorer(1), false, ProgressMonitor.CANCELLED));
    }
}
