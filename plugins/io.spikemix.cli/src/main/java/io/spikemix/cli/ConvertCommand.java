package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.progress.CanceledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spikemix convert}: reads a cube with the reader options and writes it as float32 {@code .npy} or ENVI. The
 * output layout (documented in the command help) is a stable contract for checking the readers from other tools.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Read a spectral cube (ENVI, imzML, MATLAB .mat, .npy, CSV) with the reader options and write it "
                + "as float32 NumPy .npy or ENVI.",
                "",
                "Output contract (stable; use it to check the readers from other tools):",
                "  OUT.npy  NumPy format 1.0 (2.0 for huge headers), dtype '<f4', C order (row-major), shape "
                        + "(H, W, B): element [y, x, b] is band b of the pixel in image row y, column x. Pixels "
                        + "without a spectrum (masked) are NaN in every band. Inputs without an image shape (CSV "
                        + "tables, N x d .npy) give shape (N, B).",
                "  OUT.hdr  ENVI float32 (data type 4), BSQ, little endian (byte order 0), header offset 0, data in "
                        + "OUT.img next to it; 'wavelength' (+ 'wavelength units', 'fwhm', 'band names') from the band "
                        + "axis, 'map info' kept; masked pixels hold -3.4028235e38, declared as 'data ignore value'.",
                "Values are those the reader produced after the reader options (band range, bad bands, ignore "
                        + "value, m/z binning or peaks), in the file's own units. The band axis is summarised on stdout; 'spikemix info --json' describes it.",
                "Nothing is written on failure or Ctrl-C; the output never replaces any file of the input." })
final class ConvertCommand extends SubCommand {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "The cube: an ENVI header or data file, .imzML, .mat, .npy or .csv.")
    private Path input;

    @Mixin
    private ReaderOptions readerOptions;

    @Option(names = {"--output", "--out"}, required = true, paramLabel = "OUT.npy|OUT.hdr",
            description = "The output: .npy (H x W x B float32) or .hdr (ENVI float32 BSQ, data in OUT.img).")
    private Path output;

    @Override
    public Integer call() throws IOException, CanceledException {
        if (!Files.isRegularFile(input)) {
            throw new CliException(input + ": " + (Files.exists(input) ? "is not a regular file" : "file not found"));
        }
        String ext = CubeFiles.lowerExtension(output);
        if (!ext.equals("npy") && !ext.equals("hdr")) {
            throw new CliException("--output " + output + ": expected a file name ending in .npy or .hdr");
        }
        SpectralFormat format = SpectralReaders.formatOf(input, readerOptions.toReadOptions());
        List<Path> outputFiles = ext.equals("npy") ? List.of(output) : List.of(output, enviDataFile(output));
        OutputGuard guard = new OutputGuard().input("--input", input);
        for (Path out : outputFiles) {
            guard.outputFile("--output", out);
        }
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        SpectralCube cube;
        try {
            cube = CubeLoading.load(input, readerOptions, progress);
            if (ext.equals("npy")) {
                NpyWriter.write(output, cube, progress.stage("write"));
            } else {
                EnviWriter.write(cube, output, progress.stage("write"));
            }
        } finally {
            progress.done();
        }
        summary(cmd, format, cube, outputFiles);
        return SpikeMixCommand.OK;
    }

    /** The data file {@link EnviWriter} writes next to {@code hdr}. */
    static Path enviDataFile(Path hdr) {
        String name = hdr.getFileName().toString();
        return hdr.resolveSibling(name.substring(0, name.length() - 4) + ".img");
    }

    private void summary(CommandLine cmd, SpectralFormat format, SpectralCube cube, List<Path> written) {
        var out = cmd.getOut();
        String shape = cube.hasImageShape()
                ? String.format(Locale.ROOT, "%d x %d x %d (H x W x B), %,d masked pixels %s", cube.height(),
                        cube.width(), cube.bandCount(), cube.pixelCount() - cube.validCount(),
                        CubeFiles.lowerExtension(output).equals("npy") ? "as NaN" : "as data ignore value")
                : String.format(Locale.ROOT, "%d x %d (N x B)", cube.validCount(), cube.bandCount());
        out.printf(Locale.ROOT, "Read %s %s%s%n", format, input,
                readerOptions.describe().isEmpty() ? "" : " (" + readerOptions.describe() + ")");
        out.printf(Locale.ROOT, "Wrote %s: float32 %s%n", String.join(" + ", written.stream().map(Path::toString).toList()),
                shape);
        BandAxis axis = cube.bands();
        out.printf(Locale.ROOT, "Band axis (%s): %s%n", axis.isIndexOnly() ? "index" : axis.unit().isEmpty() ? "no unit" : axis.unit(), axisText(axis));
        out.flush();
    }

    private static String axisText(BandAxis axis) {
        StringBuilder sb = new StringBuilder();
        int n = axis.size();
        for (int i = 0; i < n; i++) {
            if (n > 12 && i == 6) {
                sb.append(", ...");
                i = n - 6;
            }
            sb.append(i == 0 ? "" : ", ").append(CompactNumber.format(axis.value(i), 10));
        }
        return sb.toString();
    }
}
