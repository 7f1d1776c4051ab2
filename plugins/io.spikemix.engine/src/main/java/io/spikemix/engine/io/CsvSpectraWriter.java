package io.spikemix.engine.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Writes spectra as a comma-separated table that {@link CsvSpectraReader} reads back: a header row, then one line
 * per valid pixel. Cubes with an image shape start each line with the {@code x} and {@code y} coordinates (masked
 * pixels have no line); tables have feature columns only. Feature columns are named by the band names when the
 * axis has them, {@code band_<i>} for an index-only axis, and by the band values otherwise (the unit is not kept).
 * Values use the shortest decimal that reads back to the same float32; NaN is written as {@code NaN}.
 *
 * <p>Written through {@link AtomicFiles}: no partial output on error or cancellation. Time O(N·d).
 */
public final class CsvSpectraWriter {

    private CsvSpectraWriter() {
    }

    public static void write(Path file, SpectralCube cube, ProgressMonitor monitor) throws IOException, CanceledException {
        AtomicFiles.write(file, tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                writeTo(out, cube, monitor);
            }
        });
    }

    private static void writeTo(BufferedWriter out, SpectralCube cube, ProgressMonitor monitor)
            throws IOException, CanceledException {
        boolean xy = cube.hasImageShape();
        BandAxis axis = cube.bands();
        String[] names = axis.names().orElse(null);
        StringBuilder line = new StringBuilder();
        if (xy) {
            line.append("x,y,");
        }
        for (int b = 0; b < axis.size(); b++) {
            if (b > 0) {
                line.append(',');
            }
            line.append(names != null ? names[b] : axis.isIndexOnly() ? "band_" + b : Double.toString(axis.value(b)));
        }
        out.append(line).append('\n');
        SpectralMatrix m = cube.spectra();
        int n = m.rows();
        int d = m.cols();
        int every = Math.max(1, Math.min(4096, (1 << 16) / d));
        for (int r = 0; r < n; r++) {
            if (r % every == 0) {
                monitor.checkCanceled();
                int done = r;
                monitor.setProgress((double) r / n, () -> String.format(Locale.ROOT, "Writing CSV: pixel %,d of %,d", done + 1, n));
            }
            line.setLength(0);
            if (xy) {
                line.append(cube.x(r)).append(',').append(cube.y(r)).append(',');
            }
            float[] block = m.blockOf(r);
            int o = m.offsetOf(r);
            for (int f = 0; f < d; f++) {
                if (f > 0) {
                    line.append(',');
                }
                line.append(block[o + f]);
            }
            out.append(line).append('\n');
        }
        monitor.setProgress(1.0, "Wrote CSV");
    }
}
