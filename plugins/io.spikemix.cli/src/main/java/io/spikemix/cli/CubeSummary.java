package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * What {@code spikemix info} reports about a cube as read: format, files and sizes, image shape with valid and
 * masked pixels, the band axis, the value range with NaN/±Inf counts, and the format metadata.
 *
 * <p>The value statistics cover the rows of the cube (the valid pixels, or all pixels with {@code --keep-masked});
 * one pass over the values, O(N·d) time, O(1) extra memory.
 *
 * @param format   the format the file was read as
 * @param files    the files of the cube with their sizes in bytes, the given file first
 * @param min      smallest finite value, NaN when there is none
 * @param max      largest finite value, NaN when there is none
 * @param nan      number of NaN values
 * @param infinite number of ±Inf values
 */
record CubeSummary(SpectralFormat format, Map<Path, Long> files, SpectralCube cube, double min, double max, long nan,
        long infinite) {

    /** Metadata keys shown in the text report, in this order; {@code --json} carries all of them. */
    static final List<String> KEYS_OF_NOTE = List.of("envi.interleave", "envi.data type", "envi.byte order",
            "envi.header offset", "envi.data ignore value", "envi.wavelength units", "envi.sensor type",
            "envi.map info", "envi.coordinate system string", "imzml.uuid", "imzml.mode", "imzml.spectra",
            "imzml.sha1", "imzml.md5", "imzml.axis", "imzml.tolerance", "mat.variable", "mat.shape", "mat.class",
            "mat.layout");

    static CubeSummary of(Path input, SpectralFormat format, SpectralCube cube, ProgressMonitor monitor)
            throws IOException, CanceledException {
        Map<Path, Long> files = new LinkedHashMap<>();
        for (Path f : CubeFiles.of(input)) {
            files.put(f, Files.size(f));
        }
        SpectralMatrix m = cube.spectra();
        int d = m.cols();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long nan = 0;
        long inf = 0;
        for (int r = 0; r < m.rows(); r++) {
            if ((r & 4095) == 0) {
                monitor.checkCanceled();
                int row = r;
                monitor.setProgress((double) r / m.rows(), () -> "Value range: pixel " + row + " of " + m.rows());
            }
            float[] b = m.blockOf(r);
            int o = m.offsetOf(r);
            for (int j = 0; j < d; j++) {
                float v = b[o + j];
                if (Float.isNaN(v)) {
                    nan++;
                } else if (Float.isInfinite(v)) {
                    inf++;
                } else {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        boolean any = min <= max;
        return new CubeSummary(format, files, cube, any ? min : Double.NaN, any ? max : Double.NaN, nan, inf);
    }

    int maskedPixels() {
        return cube.pixelCount() - cube.validCount();
    }

    /** Smallest and largest band-axis value (the axis may run either way). */
    double[] axisRange() {
        BandAxis axis = cube.bands();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < axis.size(); i++) {
            lo = Math.min(lo, axis.value(i));
            hi = Math.max(hi, axis.value(i));
        }
        return new double[] { lo, hi };
    }

    /** The metadata of {@link #KEYS_OF_NOTE} the file has. */
    List<Map.Entry<String, String>> notableMetadata() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String key : KEYS_OF_NOTE) {
            String v = cube.metadata().get(key);
            if (v != null) {
                out.add(Map.entry(key, v));
            }
        }
        return out;
    }

    /** All metadata except the format and file name, which the summary gives separately. */
    Map<String, String> otherMetadata() {
        Map<String, String> md = new LinkedHashMap<>(cube.metadata());
        md.remove("format");
        md.remove("file");
        return md;
    }
}
