package io.spikemix.knime.kmeans.segmenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The k-Means Segmenter's logic, without KNIME: what configure announces is what execute produces, the labels and
 * centroids are the engine's, and bad input (too few rows, a non-finite cell, a clashing column name) and cancel
 * stop it with a message naming the problem.
 */
class KMeansSegmenterCoreTest {

    private static final int N = 240;
    private static final int D = 6;
    private static final int K = 3;

    /** Three well-separated blobs; spectral columns at table positions 2..7 (x and y first). */
    private static PixelData blobs(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SpectralMatrix m = SpectralMatrix.allocate(N, D);
        float[] row = new float[D];
        for (int i = 0; i < N; i++) {
            for (int f = 0; f < D; f++) {
                row[f] = (float) ((i % K == f % K ? 5 : 0) + rng.nextGaussian());
            }
            m.setRow(i, row);
        }
        return PixelData.of(columns(), m);
    }

    private static SpectralColumns columns() {
        List<String> names = IntStream.range(0, D).mapToObj(f -> "band " + f).toList();
        return new SpectralColumns(names, IntStream.range(2, D + 2).toArray(), BandAxis.indices(D), 0, 1);
    }

    private static KMeansOptions options(int k) {
        return KMeansSegmenterSettings.options(k, 2, 100, 1e-6, 7, 2);
    }

    @Test
    void configureAnnouncesExactlyTheColumnsExecuteProduces() throws Exception {
        KMeansSegmenterCore.Shapes shapes = KMeansSegmenterCore.configure(columns(), options(K));
        KMeansSegmenterCore.Result r = KMeansSegmenterCore.execute(blobs(1), options(K), ProgressMonitor.NONE);
        assertEquals(shapes.appended(), r.pixels().columns());
        assertEquals(shapes.centroids(), r.centroids().columns());
        assertEquals(List.of("cluster"), shapes.appended().stream().map(c -> c.name()).toList());
        assertEquals(2 + D, shapes.centroids().size());
        assertEquals(2, shapes.centroids().get(2).source(), "a centroid column carries its band column's properties");
    }

    @Test
    void labelsAndCentroidsAreTheEnginesAndEveryPixelIsCounted() throws Exception {
        PixelData pixels = blobs(2);
        KMeansSegmenterCore.Result r = KMeansSegmenterCore.execute(pixels, options(K), ProgressMonitor.NONE);
        KMeansModel engine = new KMeansFitter(options(K)).fit(pixels.data(), ProgressMonitor.NONE);
        int[] labels = engine.labels();
        for (int i = 0; i < N; i++) {
            assertEquals(labels[i] + 1, r.pixels().row(i)[0], "row " + i);
        }
        assertEquals(K, r.centroids().size());
        int counted = 0;
        for (int c = 0; c < K; c++) {
            Object[] row = r.centroids().row(c);
            assertEquals(c + 1, row[0]);
            counted += (Integer) row[1];
            double[] centroid = new double[D];
            for (int f = 0; f < D; f++) {
                centroid[f] = (Double) row[f + 2];
            }
            assertArrayEquals(engine.centroids()[c], centroid, 0.0);
            assertEquals("Cluster " + (c + 1), r.centroids().key(c));
        }
        assertEquals(N, counted);
        assertEquals(engine.inertia(), r.inertia(), 0.0);
        assertNull(r.warning());
    }

    /** For K from 1 to 6: configure announces what execute produces, labels lie in 1..K and every pixel is counted. */
    @ParameterizedTest(name = "K = {0}")
    @ValueSource(ints = { 1, 2, 3, 4, 5, 6 })
    void configureMatchesExecuteForEveryK(int k) throws Exception {
        KMeansSegmenterCore.Shapes shapes = KMeansSegmenterCore.configure(columns(), options(k));
        KMeansSegmenterCore.Result r = KMeansSegmenterCore.execute(blobs(20 + k), options(k), ProgressMonitor.NONE);
        assertEquals(shapes.appended(), r.pixels().columns());
        assertEquals(shapes.centroids(), r.centroids().columns());
        assertEquals(k, r.centroids().size());
        int counted = 0;
        for (int c = 0; c < k; c++) {
            counted += (Integer) r.centroids().value(c, 1);
        }
        assertEquals(N, counted);
        for (int i = 0; i < N; i++) {
            int label = (Integer) r.pixels().row(i)[0];
            assertTrue(label >= 1 && label <= k, "row " + i + ": " + label);
        }
    }

    @Test
    void theThreadCountChangesNoLabelAndNoCentroid() throws Exception {
        PixelData p = blobs(30);
        KMeansSegmenterCore.Result one = KMeansSegmenterCore.execute(p, KMeansSegmenterSettings.options(K, 2, 100,
                1e-6, 7, 1), ProgressMonitor.NONE);
        KMeansSegmenterCore.Result three = KMeansSegmenterCore.execute(p, KMeansSegmenterSettings.options(K, 2, 100,
                1e-6, 7, 3), ProgressMonitor.NONE);
        for (int i = 0; i < N; i++) {
            assertArrayEquals(one.pixels().row(i), three.pixels().row(i), "row " + i);
        }
        for (int c = 0; c < K; c++) {
            assertArrayEquals(one.centroids().row(c), three.centroids().row(c), "centroid " + c);
        }
    }

    @Test
    void moreClustersThanRowsAreRefusedNamingTheSetting() {
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> KMeansSegmenterCore.execute(blobs(3), options(N + 1), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains(N + " rows") && e.getMessage().contains("'"
                + KMeansSegmenterSettings.K.label() + "'"), e.getMessage());
    }

    @Test
    void aMissingCellIsRefusedNamingItsRowKeyAndColumn() {
        PixelData pixels = blobs(4);
        pixels.data().set(17, 3, Float.NaN);
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> KMeansSegmenterCore.execute(pixels, options(K), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("'Row17'") && e.getMessage().contains("'band 3'"), e.getMessage());
    }

    @Test
    void aSpectralColumnNamedLikeACentroidColumnIsRefusedAtConfigure() {
        SpectralColumns clash = new SpectralColumns(List.of("pixels", "b"), new int[] {0, 1}, BandAxis.indices(2),
                -1, -1);
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> KMeansSegmenterCore.configure(clash, options(K)));
        assertTrue(e.getMessage().contains("'pixels'"), e.getMessage());
    }

    @Test
    void stoppingAtTheIterationLimitWarnsNamingTheSettings() throws Exception {
        KMeansOptions one = KMeansSegmenterSettings.options(K, 1, 1, 0, 7, 1);
        String w = KMeansSegmenterCore.execute(blobs(5), one, ProgressMonitor.NONE).warning();
        assertNotNull(w);
        assertTrue(w.contains(KMeansSegmenterSettings.MAX_ITER.label()), w);
    }

    @Test
    void cancelStopsTheFit() {
        assertThrows(CanceledException.class,
                () -> KMeansSegmenterCore.execute(blobs(6), options(K), ProgressMonitor.CANCELLED));
    }
}
