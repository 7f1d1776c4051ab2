package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the peak features of an imzML file ({@link ImsFeatureExtractor}: mean spectrum, peaks picked on it, each
 * pixel's sum around every peak) in memory when the raw cube fits in the free heap, else by streaming the .ibd file
 * twice ({@link StreamingFeatureExtractor}); both give the same bits. The choice is reported through the monitor and
 * kept in the metadata ({@value #STRATEGY_KEY}).
 *
 * <p>Why: the paper's rat-brain measurement (572,832 pixels) with 20,000 m/z bins is a 46 GB raw cube, while its 843
 * features take 1.9 GB; users pick peaks precisely because they cannot hold the raw cube. Masked pixels are left
 * out of the result (as the in-memory path, which picks peaks on valid pixels only).
 */
public final class ImzmlFeatureReader {

    /** The metadata key telling how the features were extracted. */
    public static final String STRATEGY_KEY = "imzml.feature extraction";

    /** How the features are extracted. */
    public enum Strategy {
        /** In memory when the raw cube (and its TIC-normalised copy) fits in the free heap, else streaming. */
        AUTO,
        /** Read the raw cube, then {@link ImsFeatureExtractor#extract}. */
        IN_MEMORY,
        /** Two passes over the .ibd file. */
        STREAMING
    }

    /** Block buffer of the streaming pass 1: large enough for long sequential reads, small beside the features. */
    static final long BUFFER_BYTES = 64L << 20;

    private ImzmlFeatureReader() {
    }

    /**
     * Reads the features of the .imzML {@code file} (or its .ibd) with {@code options} (axis, band range, tolerance;
     * masked pixels are always left out), choosing in memory or streaming by itself.
     *
     * @throws IllegalArgumentException when no peak meets the criterion (the message gives it)
     */
    public static SpectralCube read(Path file, ReadOptions options, PeakPickingOptions picking,
            ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        return read(file, options, picking, Strategy.AUTO, BUFFER_BYTES, ImzmlReader.threads(), monitor);
    }

    static SpectralCube read(Path file, ReadOptions options, PeakPickingOptions picking, Strategy strategy,
            long bufferBytes, int threads, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        if (!Files.isRegularFile(file)) {
            throw new SpectralFileException(file, "file", "expected an existing regular file, found none");
        }
        Path imzml = ImzmlReader.partner(file, "imzML");
        Path ibd = ImzmlReader.partner(file, "ibd");
        ImzmlIndex index = ImzmlParser.parse(imzml, monitor.subRange(0, 0.1));
        ImzmlPlan plan = ImzmlReader.plan(index, ibd, options, monitor.subRange(0.1, 0.2));
        long raw = (long) plan.rows() * plan.axis().size() * Float.BYTES * (picking.ticNormalise() ? 2 : 1);
        long free = freeHeap();
        boolean stream = strategy == Strategy.STREAMING || (strategy == Strategy.AUTO && raw > free);
        ProgressMonitor rest = monitor.subRange(0.2, 1);
        if (!stream) {
            SpectralMatrix m = plan.decodeAll(threads, rest.subRange(0, 0.5));
            SpectralCube cube = plan.cube(m, plan.axis(), Map.of(STRATEGY_KEY, "in memory"));
            cube = ReaderSupport.finish(ibd, cube, options.toBuilder().dropMaskedPixels(true).build(), rest);
            return ImsFeatureExtractor.extract(cube, picking, rest.subRange(0.5, 1));
        }
        String why = strategy == Strategy.STREAMING ? "streaming was asked for" : String.format(Locale.ROOT,
                "the raw cube needs %,d bytes%s but only %,d bytes of heap are free", raw, picking.ticNormalise()
                        ? " with its TIC-normalised copy" : "", free);
        rest.setProgress(0, "Streaming the .ibd file in two passes instead of reading it into memory: " + why);
        long buffer = Math.min(bufferBytes, (long) SpectralMatrix.MAX_BLOCK_VALUES * Float.BYTES);
        SpectralCube features = StreamingFeatureExtractor.extract(plan, picking, Map.of(STRATEGY_KEY, "streamed "
                + "in two passes (" + why + ")"), buffer, threads, rest);
        if (options.rejectNonFinite()) {
            ReaderSupport.rejectNonFinite(ibd, features, rest);
        }
        return features;
    }

    /** Heap the JVM can still give: the maximum less what is in use (as {@link ReaderSupport#checkAllocation}). */
    private static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
