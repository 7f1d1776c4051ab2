package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.spatial.SpatialGrid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spikemix fit}: reads a cube, optionally normalizes it, fits one method and writes the result in the JSON
 * contract of {@link FitResultJson}.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Fit the spiked mixture model (smm) or a baseline (gmm, kmeans) and write the result as JSON.",
                "JSON fields: method, k, spikes (K x d, units of the fitted data), pi, sigma2, active, loglik, "
                        + "loglik_trace, iterations, converged, labels (per pixel, row-major, -1 masked), timing "
                        + "{total_s, per_iteration_s}, threads, shape [H, W], bands {values, unit}.",
                "gmm: spikes and sigma2 by the spectral-gap formula (method.md eqs. 20-21), spectral_gap_ok (eq. 19). "
                        + "kmeans: centroids, inertia, and spikes/sigma2 by eqs. 20-21 applied to each cluster's "
                        + "uncentred second moment (1/n_k) sum y y^T; loglik is null.",
                "spatial {beta, beta_choice, neighbours, objective}: the beta used (--spatial-beta); with beta > 0 "
                        + "loglik and loglik_trace hold the penalised criterion U (docs/method.md eq. 36)." })
final class FitCommand extends SubCommand {

    @Option(names = "--method", required = true, converter = FitMethod.Converter.class, paramLabel = "smm|gmm|kmeans",
            description = "The method to fit.")
    private FitMethod method;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Input cube: .npy (N x d or H x W x B), .csv, ENVI, imzML or .mat.")
    private Path input;

    @Mixin
    private ReaderOptions readerOptions;

    @Mixin
    private MethodOptions methodOptions;

    @Option(names = "--normalize", defaultValue = "none", paramLabel = "none|minmax|l1|tic",
            description = "Normalize the spectra before fitting (default: ${DEFAULT-VALUE}).")
    private String normalize;

    @Option(names = "--out", required = true, paramLabel = "RESULT.json", description = "Output JSON file.")
    private Path out;

    @Override
    public Integer call() throws IOException, CanceledException {
        FitSettings settings = methodOptions.settings("synthetic");
        if (method == FitMethod.KMEANS && settings.spatialRequested()) {
            throw new CliException("--spatial-beta: k-means has no responsibilities to regularise; spatial EM is for "
                    + "--method smm or gmm");
        }
        new OutputGuard().input("--input", input).outputFile("--out", out);
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        try {
            PreparedInput in = PreparedInput.prepare(input, readerOptions, normalize, progress);
            FitOutcome outcome;
            SpatialGrid grid = spatialGrid(settings, in);
            try {
                outcome = MethodFit.run(method, settings, in.data(), grid, progress.stage(method.id()));
            } catch (IllegalArgumentException e) {
                throw new CliException(input + ": " + method.label() + " cannot fit these data: " + e.getMessage());
            }
            FitResultJson.write(FitResultJson.toJson(outcome, in, settings), out);
            progress.done();
            cmd.getOut().printf(Locale.ROOT, "%s, K = %d: sigma2 = %.6g, %d active, log-likelihood %s, %d iterations "
                    + "(%s), %.2f s%n", method.label(), outcome.k(), outcome.sigma2(), outcome.active().length,
                    Double.isNaN(outcome.logLikelihood()) ? "n/a" : String.format(Locale.ROOT, "%.6g", outcome.logLikelihood()),
                    outcome.iterations(), outcome.converged() ? "converged" : "iteration limit", outcome.seconds());
            if (settings.spatialRequested()) {
                cmd.getOut().println("Spatial EM: " + outcome.spatial().describe());
            }
            cmd.getOut().println("Wrote " + out);
            cmd.getOut().flush();
            return SpikeMixCommand.OK;
        } finally {
            progress.done();
        }
    }

    /**
     * The grid spatial EM runs on (null when none is requested), refused with one line when the input has none:
     * checked after reading, before any fit.
     */
    static SpatialGrid spatialGrid(FitSettings settings, PreparedInput in) {
        if (!settings.spatialRequested()) {
            return null;
        }
        SpectralCube cube = in.cube();
        if (!cube.hasImageShape()) {
            throw new CliException(in.file() + ": --spatial-beta needs an image grid, but these spectra are a table "
                    + "without one (no height and width; a CSV needs x and y columns); leave out --spatial-beta or "
                    + "give an image");
        }
        return SpatialGrid.of(cube, settings.neighbourhood());
    }
}
