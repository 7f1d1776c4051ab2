package io.spikemix.cli;

import java.nio.file.Path;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.imzml.ImsFeatureExtractor;
import io.spikemix.engine.io.imzml.ImzmlFeatureReader;
import io.spikemix.engine.io.imzml.PeakPickingOptions;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Reads the input cube of a subcommand with its {@link ReaderOptions}: the format's reader (progress stage "read"),
 * the band range also for formats whose reader takes none ({@code .npy}, {@code .csv}), then the optional IMS peak
 * picking (stage "peaks", {@link ImsFeatureExtractor}). imzML files with peak picking go to
 * {@link ImzmlFeatureReader} instead (stage "read"), which streams the .ibd file twice when the raw cube would not
 * fit in the heap.
 *
 * <p>Peak picking works on the valid pixels only (a NaN row would make the mean spectrum NaN), so with
 * {@code --keep-masked} the masked pixels are added back as NaN rows after it. Time and memory are those of the
 * reader plus, when bands are cut after reading or peaks are picked, one copy of the kept values.
 */
final class CubeLoading {

    private CubeLoading() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws SpectralFileException when the file cannot be read or no band/peak remains
     * @throws CliException          when an option is malformed
     * @throws CanceledException     on Ctrl-C
     */
    static SpectralCube load(Path file, ReaderOptions options, ConsoleProgress progress)
            throws SpectralFileException, CanceledException {
        ReadOptions read = options.toReadOptions();
        PeakPickingOptions picking = options.picksPeaks() ? options.peakPicking() : null;
        ReadOptions forReader = picking == null ? read : read.toBuilder().dropMaskedPixels(true).build();
        if (picking != null && read.format().or(() -> SpectralFormat.fromFileName(file)).orElse(null)
                == SpectralFormat.IMZML) {
            try {
                SpectralCube features = ImzmlFeatureReader.read(file, forReader, picking, progress.stage("read"));
                return ReaderSupport.finish(file, features, read, ProgressMonitor.NONE);
            } catch (IllegalArgumentException e) {
                throw new CliException(file + ": " + e.getMessage());
            }
        }
        SpectralCube cube = InputFiles.read(file, forReader, progress.stage("read"));
        cube = restrictBands(file, cube, read);
        if (picking == null) {
            return cube;
        }
        SpectralCube features;
        try {
            features = ImsFeatureExtractor.extract(cube, picking, progress.stage("peaks"));
        } catch (IllegalArgumentException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
        return ReaderSupport.finish(file, features, read, ProgressMonitor.NONE);
    }

    /**
     * The cube with only the bands inside the options' band range; the cube itself when all are (the readers of
     * ENVI, imzML and MATLAB have cut them already).
     */
    static SpectralCube restrictBands(Path file, SpectralCube cube, ReadOptions options) throws SpectralFileException {
        int[] keep = ReaderSupport.selectBands(file, cube.bands(), null, options);
        if (ReaderSupport.isAll(keep, cube.bandCount())) {
            return cube;
        }
        SpectralMatrix src = cube.spectra();
        SpectralMatrix dst = SpectralMatrix.allocate(src.rows(), keep.length);
        for (int r = 0; r < src.rows(); r++) {
            float[] from = src.blockOf(r);
            int fo = src.offsetOf(r);
            float[] to = dst.blockOf(r);
            int to0 = dst.offsetOf(r);
            for (int j = 0; j < keep.length; j++) {
                to[to0 + j] = from[fo + keep[j]];
            }
        }
        return cube.withSpectra(dst, cube.bands().select(keep));
    }
}
