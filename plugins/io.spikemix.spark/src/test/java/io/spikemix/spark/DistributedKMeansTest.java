package io.spikemix.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.spark.api.java.JavaRDD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Distributed k-means gives the engine's result bit for bit (labels, centroids, inertia, inertia trace, iteration
 * count) for 1, 2 and 4 partitions: tolerance 0. The engine runs its default Hamerly assignment, Spark runs plain
 * Lloyd kernels; both are documented to give identical results, which these tests also check.
 */
class DistributedKMeansTest {

    @TempDir
    static Path dir;

    private static void assertSameModel(KMeansModel engine, KMeansModel spark, String what) {
        assertArrayEquals(engine.labels(), spark.labels(), what + ": labels");
        assertEquals(engine.iterations(), spark.iterations(), what + ": iterations");
        assertEquals(engine.converged(), spark.converged(), what + ": converged");
        assertEquals(engine.inertia(), spark.inertia(), 0.0, what + ": inertia");
        assertArrayEquals(engine.inertiaTrace(), spark.inertiaTrace(), 0.0, what + ": inertia trace");
        assertEquals(engine.relocatedClusters(), spark.relocatedClusters(), what + ": relocated clusters");
        for (int c = 0; c < engine.k(); c++) {
            assertArrayEquals(engine.centroids()[c], spark.centroids()[c], 0.0, what + ": centroid " + c);
        }
    }

    private static void assertEquivalent(SpectralMatrix data, KMeansOptions options, String name) throws Exception {
        KMeansModel engine = new KMeansFitter(options).fit(data, ProgressMonitor.NONE);
        for (int p : new int[] { 1, 2, 4 }) {
            BlockLayout layout = new BlockLayout(data.rows(), p);
            JavaRDD<PixelBlock> blocks = EngineInputs.blocks(data, dir, layout);
            try {
                KMeansModel spark = new DistributedKMeans(SharedSpark.context(), options).fit(blocks, layout,
                        ProgressMonitor.NONE);
                assertSameModel(engine, spark, name + ", " + p + " partitions");
            } finally {
                blocks.unpersist(false);
            }
        }
    }

    @Test
    void demoPhantomGivesTheEnginesModelForOneTwoAndFourPartitions() throws Exception {
        assertEquivalent(EngineInputs.demoPhantom(), KMeansOptions.builder().k(6).seed(0).build(), "demo phantom");
    }

    @Test
    void samsonGivesTheEnginesModelForOneTwoAndFourPartitions() throws Exception {
        assertEquivalent(EngineInputs.samson(), KMeansOptions.builder().k(3).seed(5).build(), "Samson");
    }

    @Test
    void severalStartsKeepTheEnginesBestStartAndRandomStream() throws Exception {
        SpectralMatrix data = NpyDatasetTest.random(3 * BlockLayout.BLOCK_ROWS + 100, 5, 3);
        assertEquivalent(data, KMeansOptions.builder().k(4).seed(11).nInit(3).maxIter(15).build(), "3 starts");
    }

    @Test
    void anEmptyClusterIsReseededWithTheEnginesRule() throws Exception {
        SpectralMatrix data = NpyDatasetTest.random(2 * BlockLayout.BLOCK_ROWS + 5, 3, 4);
        // the third centroid is far from every pixel, so no pixel is nearest to it in the first pass
        double[][] init = { { -0.5, 0, 0 }, { 0.5, 0, 0 }, { 100, 100, 100 } };
        KMeansOptions o = KMeansOptions.builder().k(3).seed(0).maxIter(20).build();
        KMeansModel engine = new KMeansFitter(o).fitFrom(data, init, ProgressMonitor.NONE);
        assertTrue(engine.relocatedClusters() > 0, "the test needs the engine to re-seed a cluster");
        for (int p : new int[] { 1, 3 }) {
            BlockLayout layout = new BlockLayout(data.rows(), p);
            JavaRDD<PixelBlock> blocks = EngineInputs.blocks(data, dir, layout);
            KMeansModel spark = new DistributedKMeans(SharedSpark.context(), o).fitFrom(blocks, layout, init,
                    ProgressMonitor.NONE);
            blocks.unpersist(false);
            assertSameModel(engine, spark, "re-seeding, " + p + " partitions");
        }
    }

    @Test
    void fewerDistinctPixelsThanKIsTheEnginesMessage() throws Exception {
        SpectralMatrix data = SpectralMatrix.allocate(3000, 2);
        for (int i = 0; i < 3000; i++) {
            data.set(i, 0, i % 2);
        }
        BlockLayout layout = new BlockLayout(3000, 2);
        JavaRDD<PixelBlock> blocks = EngineInputs.blocks(data, dir, layout);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DistributedKMeans(SharedSpark.context(), KMeansOptions.builder().k(3).build()).fit(blocks,
                        layout, ProgressMonitor.NONE));
        blocks.unpersist(false);
        assertTrue(e.getMessage().contains("only 2 distinct pixel spectra"), e.getMessage());
    }
}
