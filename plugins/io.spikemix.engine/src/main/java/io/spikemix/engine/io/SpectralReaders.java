package io.spikemix.engine.io;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.envi.EnviReader;
import io.spikemix.engine.io.imzml.ImzmlReader;
import io.spikemix.engine.io.mat.MatReader;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One entry point for reading a spectral cube from any supported file: the format comes from
 * {@link ReadOptions#format()} when set, else from the file name ({@link SpectralFormat#fromFileName}), else, for a
 * file without a known extension, from an ENVI header next to it.
 *
 * <p>Every reader returns the valid pixels as rows of a float32 {@link io.spikemix.engine.data.SpectralMatrix}
 * with a band axis and format metadata, reports progress, honours cancel and throws only
 * {@link SpectralFileException} for unreadable input.
 */
public final class SpectralReaders {

    private SpectralReaders() {
    }

    /**
     * Reads {@code file} with the given options.
     *
     * @throws SpectralFileException when the format cannot be determined or the file cannot be read
     * @throws CanceledException     when the monitor is cancelled
     */
    public static SpectralCube read(Path file, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        if (!Files.isRegularFile(file)) {
            throw new SpectralFileException(file, "file", "expected an existing regular file, found none");
        }
        switch (formatOf(file, options)) {
            case ENVI:
                return EnviReader.read(file, options, monitor);
            case IMZML:
                return ImzmlReader.read(file, options, monitor);
            case NPY:
                return NpyReader.read(file, monitor);
            case CSV:
                return CsvSpectraReader.read(file, monitor);
            default:
                return MatReader.read(file, options, monitor);
        }
    }

    /** The format {@link #read} would use for {@code file}. */
    public static SpectralFormat formatOf(Path file, ReadOptions options) throws SpectralFileException {
        if (options.format().isPresent()) {
            return options.format().get();
        }
        Optional<SpectralFormat> byName = SpectralFormat.fromFileName(file);
        if (byName.isPresent()) {
            return byName.get();
        }
        if (Files.isRegularFile(file.resolveSibling(file.getFileName() + ".hdr"))) {
            return SpectralFormat.ENVI;
        }
        throw new SpectralFileException(file, "format", "cannot tell the format from the name; expected an extension "
                + ".hdr/.img/.dat/.raw/.bsq/.bil/.bip (ENVI), .imzML/.ibd (imzML), .mat (MATLAB), .npy (NumPy) or .csv, or a format in "
                + "the options");
    }
}
