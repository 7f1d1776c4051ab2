package io.spikemix.spark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.api.java.JavaRDD;
import org.junit.jupiter.api.Assumptions;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;
import org.apache.spark.storage.StorageLevel;

/** The cubes of the equivalence tests, as the engine sees them and as Spark blocks. */
final class EngineInputs {

    private EngineInputs() {
    }

    /** The demo phantom ({@code spikemix synth} defaults: 120 × 160 pixels, 80 bands, K = 6), min-max normalized. */
    static SpectralMatrix demoPhantom() throws Exception {
        return minmax(SpikedPhantom.generate(PhantomOptions.defaults()).cube().spectra());
    }

    /** Samson (95 × 95 pixels, 156 bands) from the shared data, min-max normalized; skips the test when absent. */
    static SpectralMatrix samson() throws Exception {
        String shared = System.getProperty("spikemix.shared");
        Assumptions.assumeTrue(shared != null, "system property spikemix.shared is not set");
        Path mat = Path.of(shared, "data", "samson", "Samson.mat");
        Assumptions.assumeTrue(Files.isRegularFile(mat), "no " + mat);
        SpectralCube c = SpectralReaders.read(mat, ReadOptions.builder().matVariable("SamSon").build(),
                ProgressMonitor.NONE);
        return minmax(c.spectra());
    }

    static SpectralMatrix minmax(SpectralMatrix raw) throws Exception {
        NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        return m.apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
    }

    /** {@code data} written as an N × d .npy in {@code dir} and read back as cached Spark blocks. */
    static JavaRDD<PixelBlock> blocks(SpectralMatrix data, Path dir, BlockLayout layout) throws Exception {
        Path file = dir.resolve("data-" + data.rows() + "x" + data.cols() + ".npy");
        if (!Files.exists(file)) {
            NpyWriter.write(file, data, ProgressMonitor.NONE);
        }
        NpyDataset ds = NpyDataset.open(file.toString(), SharedSpark.context().hadoopConfiguration());
        return ds.blocks(SharedSpark.context(), layout).persist(StorageLevel.MEMORY_ONLY());
    }
}
