package io.spikemix.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Writes the rat-brain-sized continuous imzML of {@link ImzmlStreamingBenchmark} (1404 × 408 = 572,832 spectra, 12
 * regions with their own peak heights) and keeps it, for timing the whole {@code spikemix segment} job on it
 * (issue 15 item 5, {@code releng/bench/ims-segment.sh}). Delete the files afterwards.
 *
 * <p>Usage: {@code releng/bench/run.sh RatBrainImzml DIR [bins=8000] [peaks=843] [none|zlib]}
 */
public final class RatBrainImzml {

    private RatBrainImzml() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int bins = args.length > 1 ? Integer.parseInt(args[1]) : 8_000;
        int peaks = args.length > 2 ? Integer.parseInt(args[2]) : 843;
        ImzmlWriter.Compression compression = ImzmlWriter.Compression.valueOf(
                (args.length > 3 ? args[3] : "none").toUpperCase(Locale.ROOT));
        Files.createDirectories(dir);
        Path imzml = dir.resolve("ratbrain.imzML");
        long t0 = System.nanoTime();
        ImzmlWriter.write(new ImzmlStreamingBenchmark.Generated(572_832, bins, 2 * peaks), imzml, true, compression,
                new UUID(15, 17), ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "wrote %s and its .ibd (%,d bytes) in %.1f s%n", imzml,
                Files.size(dir.resolve("ratbrain.ibd")), (System.nanoTime() - t0) / 1e9);
    }
}
