package io.spikemix.engine.smm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Scoring a whole image in one batched pass gives every pixel exactly the responsibilities and label of scoring it
 * alone, for any thread count, across block and tile boundaries, and stops when cancelled.
 */
class BatchedScoringTest {

    /** More than two blocks of rows and a ragged last tile; d above the Krylov-reuse switch of the fit. */
    private static final int N = 2 * 2048 + 77;
    private static final int D = 70;
    private static final int K = 4;

    private final SmmSampler sample;
    private final SpikedMixtureModel model;

    BatchedScoringTest() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] spikes = SmmSampler.gaussianSpikes(K, D, 0.3, rng);
        double[] pi = {0.4, 0.3, 0.2, 0.1};
        sample = SmmSampler.sample(N, spikes, pi, 1.0, rng);
        // a model that does not saturate responsibilities to 0/1: spikes shrunk towards the noise level
        double[][] weak = new double[K][];
        for (int c = 0; c < K; c++) {
            weak[c] = Arrays.stream(spikes[c]).map(v -> 0.25 * v).toArray();
        }
        model = SpikedMixtureModel.of(weak, pi, 1.0);
    }

    @Test
    void everyRowHasTheValuesOfScoringItAloneForOneTwoAndFourThreads() throws CanceledException {
        double[] one = new double[K];
        double[] batched1 = model.responsibilities(sample.data, 1, ProgressMonitor.NONE);
        int interior = 0;
        for (int i = 0; i < N; i++) {
            model.responsibilities(sample.data, i, i + 1, one);
            for (int c = 0; c < K; c++) {
                assertEquals(Double.doubleToRawLongBits(one[c]), Double.doubleToRawLongBits(batched1[i * K + c]),
                        "row " + i + ", component " + c);
                interior += one[c] > 1e-3 && one[c] < 1 - 1e-3 ? 1 : 0;
            }
        }
        assertEquals(true, interior > N, "the test data must not saturate to 0/1, " + interior + " interior values");
        assertArrayEquals(batched1, model.responsibilities(sample.data, 2, ProgressMonitor.NONE));
        assertArrayEquals(batched1, model.responsibilities(sample.data, 4, ProgressMonitor.NONE));
    }

    @Test
    void labelsAreTheArgmaxOfTheBatchedResponsibilities() throws CanceledException {
        double[] resp = model.responsibilities(sample.data, 2, ProgressMonitor.NONE);
        assertArrayEquals(model.labels(sample.data), SpikedMixtureModel.labels(resp, K));
    }

    @Test
    void cancellingStopsTheScoring() {
        assertThrows(CanceledException.class,
                () -> model.responsibilities(sample.data, 2, CancellingMonitor.immediately()));
    }
}
