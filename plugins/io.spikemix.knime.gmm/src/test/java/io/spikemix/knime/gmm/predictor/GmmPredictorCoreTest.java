package io.spikemix.knime.gmm.predictor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MemoryConfig;
import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.MixturePredictorCore;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.gmm.port.GmmModelContent;

/**
 * The GMM Predictor end to end without KNIME: a model saved by the extractor and loaded again labels the extractor's
 * pixels exactly as the extractor did, and its responsibilities are the extractor's float32 values.
 */
class GmmPredictorCoreTest {

    private static final List<String> BANDS = List.of("a", "b", "c");

    @Test
    void aRestoredModelLabelsTheExtractorsPixelsAsTheExtractorDid() throws Exception {
        SpectralMatrix data = blobs(4, 300);
        GaussianMixtureModel fitted = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(3).seed(1)
                .build()).fit(data, ProgressMonitor.NONE);
        GmmModelContent content = GmmModelContent.fitted(GmmModelContent.specFor(new FeatureSpace(BANDS,
                BandAxis.indices(3)), 3), fitted);
        MemoryConfig store = new MemoryConfig();
        content.save(store);
        GmmModelContent back = GmmModelContent.load(store);
        SpectralColumns cols = MixturePredictorCore.columns(back.spec(), table(), "the Gaussian mixture model");
        Appended out = MixturePredictorCore.execute(PixelData.of(cols, data), back.scorer(2), true,
                ProgressMonitor.NONE);
        int[] labels = fitted.labels();
        SpectralMatrix resp = fitted.responsibilities();
        for (int i = 0; i < data.rows(); i++) {
            Object[] row = out.row(i);
            assertEquals(labels[i] + 1, row[0], "row " + i);
            for (int c = 0; c < 3; c++) {
                assertEquals(resp.get(i, c), (Double) row[c + 1], 0.0, "row " + i);
            }
        }
    }

    /** For K from 1 to 3, with and without responsibilities: announced = appended; new pixels get its labels. */
    @ParameterizedTest(name = "K = {0}, responsibilities {1}")
    @CsvSource({ "1, false", "1, true", "2, false", "2, true", "3, false", "3, true" })
    void newPixelsGetTheModelsLabelsForEveryK(int k, boolean withResp) throws Exception {
        GaussianMixtureModel fitted = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(k).seed(k)
                .threads(1).build()).fit(blobs(k, 240), ProgressMonitor.NONE);
        GmmModelContent content = GmmModelContent.fitted(GmmModelContent.specFor(new FeatureSpace(BANDS,
                BandAxis.indices(3)), k), fitted);
        SpectralMatrix fresh = blobs(10 + k, 90);
        SpectralColumns cols = MixturePredictorCore.columns(content.spec(), table(), "m");
        Appended out = MixturePredictorCore.execute(PixelData.of(cols, fresh), content.scorer(2), withResp,
                ProgressMonitor.NONE);
        assertEquals(MixturePredictorCore.configure(content.spec(), table(), withResp, "m"), out.columns());
        int[] labels = fitted.predict(fresh);
        for (int i = 0; i < fresh.rows(); i++) {
            assertEquals(labels[i] + 1, out.row(i)[0], "row " + i);
        }
    }

    private static List<ColumnInfo> table() {
        List<ColumnInfo> table = new ArrayList<>();
        for (String b : BANDS) {
            table.add(new ColumnInfo(b, true, false, Map.of()));
        }
        return table;
    }

    /** Three Gaussian blobs, one per band axis direction. */
    private static SpectralMatrix blobs(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) {
                rows[i][f] = (i % 3 == f ? 2 : 0) + rnd.nextGaussian();
            }
        }
        return SpectralMatrix.of(rows);
    }
}
