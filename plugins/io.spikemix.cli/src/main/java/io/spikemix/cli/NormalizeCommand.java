package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.AtomicFiles;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;
import io.spikemix.engine.progress.CanceledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spikemix normalize}: fits a normalization (method.md §6) on an N × d or H × W × B array, writes the
 * normalized data with the same shape as float32 {@code .npy}, and optionally the fitted model as JSON.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Normalize spectra: feature-wise min-max to [0, 1] (the paper's choice), per-spectrum l1, or TIC "
                + "(total ion count).",
                "Input: .npy (N x d or H x W x B) or .csv (pixels x features, optional x,y columns). Output: float32 "
                        + ".npy of the same shape; pixels without a spectrum are NaN." })
final class NormalizeCommand extends SubCommand {

    @Option(names = "--method", required = true, converter = MethodConverter.class, paramLabel = "minmax|l1|tic",
            description = "minmax: (y - min_f)/(max_f - min_f) per feature; l1: y / sum|y| per spectrum; tic: y / sum y per spectrum.")
    private NormalizationMethod method;

    @Option(names = "--input", required = true, paramLabel = "IN", description = "Input .npy or .csv file.")
    private Path input;

    @Option(names = {"--output", "--out"}, required = true, paramLabel = "OUT.npy",
            description = "Output .npy file (float32); --out is the same option, as in the other commands.")
    private Path output;

    @Option(names = "--model", paramLabel = "MODEL.json", description = "Also write the fitted model as JSON.")
    private Path model;

    @Option(names = "--skip-non-finite", description = "Leave spectra with NaN/Inf out of the statistics and write them as NaN "
            + "(default: stop with an error naming the first such value).")
    private boolean skipNonFinite;

    @Override
    public Integer call() throws IOException, CanceledException {
        checkPaths();
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        NonFinitePolicy policy = skipNonFinite ? NonFinitePolicy.SKIP : NonFinitePolicy.REJECT;
        try {
            SpectralCube cube = InputFiles.read(input, progress.stage("read"));
            NormalizationModel fitted;
            NormalizationResult result;
            try {
                fitted = NormalizationModel.fit(method, cube.spectra(), policy, progress.stage("fit"));
                result = fitted.apply(cube.spectra(), policy, progress.stage("normalize"));
            } catch (NonFiniteValueException e) {
                throw new CliException(input + ": " + describePixel(cube, e.row()) + ", band " + e.column() + " (0-based) holds "
                        + e.value() + "; pass --skip-non-finite to leave such spectra out (they are written as NaN).");
            } catch (IllegalArgumentException e) {
                throw new CliException(input + ": " + e.getMessage());
            }
            SpectralCube normalized = cube.withSpectra(result.data(), cube.bands());
            byte[] json = model == null ? null : NormalizationModelJson.toBytes(fitted, result);
            NpyWriter.write(output, normalized, progress.stage("write"));
            if (json != null) {
                try {
                    AtomicFiles.write(model, tmp -> Files.write(tmp, json));
                } catch (IOException e) {
                    // keep the all-or-nothing promise: without its model the output is incomplete
                    Files.deleteIfExists(output);
                    throw e;
                }
            }
            progress.done();
            summary(cmd, cube, fitted, result);
            return SpikeMixCommand.OK;
        } finally {
            progress.done();
        }
    }

    private void checkPaths() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new CliException(input + ": " + (Files.exists(input) ? "is not a regular file" : "file not found"));
        }
        if (!InputFiles.extension(output).equals("npy")) {
            throw new CliException("--output " + output + ": expected a .npy file name");
        }
        OutputGuard guard = new OutputGuard().input("--input", input);
        guard.outputFile("--output", output);
        if (model != null) {
            guard.outputFile("--model", model);
        }
    }

    private static String describePixel(SpectralCube cube, int row) {
        return cube.hasImageShape() ? "pixel x=" + cube.x(row) + ", y=" + cube.y(row) : "row " + row + " (0-based)";
    }

    private void summary(CommandLine cmd, SpectralCube cube, NormalizationModel fitted, NormalizationResult result) {
        var out = cmd.getOut();
        String shape = cube.hasImageShape()
                ? String.format(Locale.ROOT, "%d x %d image, %,d pixels with spectra", cube.height(), cube.width(), cube.validCount())
                : String.format(Locale.ROOT, "%,d spectra", cube.validCount());
        out.printf(Locale.ROOT, "Normalized %s x %,d features with %s.%n", shape, cube.bandCount(), method.label());
        if (method.isFeatureWise()) {
            int[] constant = result.constantFeatures();
            out.printf(Locale.ROOT, "Constant features (mapped to 0): %d%s%n", constant.length, list(constant));
        } else {
            out.printf(Locale.ROOT, "Masked spectra (%s, written as 0): %d%s%n",
                    method == NormalizationMethod.TIC ? "total <= 0" : "all zero", result.maskedRows().length, list(result.maskedRows()));
        }
        out.printf(Locale.ROOT, "Skipped spectra (NaN/Inf, written as NaN): %d%s%n", result.skippedRows().length, list(result.skippedRows()));
        if (!method.isFeatureWise()) {
            out.printf(Locale.ROOT, "Reference scale (median %s norm, used to undo): %s%n", method.label(), fitted.referenceScale());
        }
        out.println("Wrote " + output + (model == null ? "" : " and " + model));
        out.flush();
    }

    private static String list(int[] values) {
        if (values.length == 0) {
            return "";
        }
        String shown = Arrays.stream(values).limit(10).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        return " (" + shown + (values.length > 10 ? ", …" : "") + ")";
    }

    /** Parses --method through the engine so the message lists the valid ids. */
    static final class MethodConverter implements CommandLine.ITypeConverter<NormalizationMethod> {
        @Override
        public NormalizationMethod convert(String value) {
            try {
                return NormalizationMethod.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
