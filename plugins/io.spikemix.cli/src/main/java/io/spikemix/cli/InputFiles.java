package io.spikemix.cli;

import java.nio.file.Path;
import java.util.Locale;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.CsvSpectraReader;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/** Reads the spectra files the command line accepts, choosing the reader by the file extension. */
final class InputFiles {

    private InputFiles() {
    }

    static SpectralCube read(Path file, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        return read(file, ReadOptions.defaults(), monitor);
    }

    /**
     * Reads {@code file}: {@code .npy} and {@code .csv/.tsv/.txt} directly, everything else (ENVI, imzML, MATLAB)
     * through the engine's {@link SpectralReaders} with {@code options}.
     */
    static SpectralCube read(Path file, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        String ext = extension(file);
        if (options.format().isPresent() || SpectralFormat.fromFileName(file).isPresent()
                || (!ext.equals("npy") && !ext.equals("csv") && !ext.equals("tsv") && !ext.equals("txt")
                        && java.nio.file.Files.isRegularFile(file.resolveSibling(file.getFileName() + ".hdr")))) {
            return SpectralReaders.read(file, options, monitor);
        }
        switch (ext) {
            case "npy":
                return NpyReader.read(file, monitor);
            case "csv":
            case "tsv":
            case "txt":
                return CsvSpectraReader.read(file, monitor);
            default:
                throw new SpectralFileException(file, "file name", "unsupported extension '" + ext
                        + "'; expected .npy (NumPy array N x d or H x W x B), .csv/.tsv/.txt (pixels x features table), "
                        + ".hdr/.img/.dat/.raw/.bsq/.bil/.bip (ENVI), .imzML (imzML) or .mat (MATLAB), or pass --format");
        }
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
