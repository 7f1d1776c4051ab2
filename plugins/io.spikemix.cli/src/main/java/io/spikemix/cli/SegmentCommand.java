package io.spikemix.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.cost.FitCost;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.evaluate.ClusteringScores;
import io.spikemix.engine.evaluate.Confidence;
import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.engine.evaluate.SpikeSetEvaluation;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.render.ClusterColors;
import io.spikemix.engine.render.ComparisonPanel;
import io.spikemix.engine.render.LabelMap;
import io.spikemix.engine.render.LabelMapRenderer;
import io.spikemix.engine.render.PngImages;
import io.spikemix.engine.render.ScalarMap;
import io.spikemix.engine.render.ResponsibilityMapRenderer;
import io.spikemix.engine.render.SpectraPlotRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spikemix segment}: the main job. Reads a cube, normalizes it, fits every requested method, renders the label
 * maps side by side with aligned colours and each method's spikes in raw units, evaluates against the truth when
 * given, and writes {@code report.html} (self-contained), {@code summary.json}, {@code result-<method>.json} (the
 * {@code fit} contract), {@code spikes-<method>.csv} and the PNGs into the output folder.
 *
 * <p>All files are written into a temporary sibling folder that is renamed to the output folder at the end, so an
 * error or Ctrl-C never leaves a half-written output folder.
 */
@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Segment a spectral image with SMM, GMM and k-means and write a report comparing them.",
                "Output folder: report.html (open it in a browser), summary.json, result-<method>.json (the 'fit' "
                        + "JSON), spikes-<method>.csv (spikes in raw units, header = band values), PNG figures." })
final class SegmentCommand extends SubCommand {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Input cube: .npy (H x W x B or N x d), .csv, ENVI, imzML or .mat.")
    private Path input;

    @Mixin
    private ReaderOptions readerOptions;

    @Mixin
    private MethodOptions methodOptions;

    @Option(names = "--methods", defaultValue = "smm,gmm,kmeans", split = ",", converter = FitMethod.Converter.class,
            paramLabel = "smm,gmm,kmeans", description = "Methods to run, in this order (default: ${DEFAULT-VALUE}).")
    private List<FitMethod> methods;

    @Option(names = "--normalize", defaultValue = "minmax", paramLabel = "minmax|l1|tic|none",
            description = "Normalization before fitting (default: ${DEFAULT-VALUE}, the paper's choice for images).")
    private String normalize;

    @Option(names = "--tic", description = "Shorthand for --normalize tic (imaging mass spectrometry).")
    private boolean tic;

    @Option(names = "--truth", paramLabel = "TRUTH.json",
            description = "Ground truth (JSON with spikes and/or labels, as written by 'spikemix synth'): adds the truth "
                    + "map and Hausdorff distances, ARI and NMI to the report.")
    private Path truthFile;

    @Option(names = "--gmm-budget", defaultValue = "10", paramLabel = "MINUTES",
            description = "Time budget of the GMM (default: ${DEFAULT-VALUE} minutes). When the GMM's estimated time on "
                    + "all pixels exceeds it, the GMM is fitted on a seeded random sample of pixels sized to meet it, and "
                    + "the fitted model assigns every pixel; the report and summary.json say so.")
    private double gmmBudgetMinutes;

    @Option(names = "--gmm-sample", defaultValue = "0", paramLabel = "N",
            description = "Fit the GMM on a seeded random sample of N pixels (0, the default: as the budget allows).")
    private int gmmSample;

    @Option(names = "--force", description = "Replace an earlier output folder of 'segment'; a folder holding any other file is never replaced.")
    private boolean force;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Override
    public Integer call() throws IOException, CanceledException {
        FitSettings settings = methodOptions.settings("quick");
        List<FitMethod> order = methods.stream().distinct().toList();
        String normalization = tic ? "tic" : normalize;
        PreparedInput.parseNormalization(normalization);
        if (!(gmmBudgetMinutes > 0)) {
            throw new CliException("--gmm-budget: must be a positive number of minutes, got " + gmmBudgetMinutes);
        }
        if (gmmSample < 0) {
            throw new CliException("--gmm-sample: must be >= 0, got " + gmmSample);
        }
        checkOutput();
        Truth truth = truthFile == null ? null : Truth.read(truthFile);
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        Path target = out.toAbsolutePath().normalize();
        Path parentDir = target.getParent();
        Files.createDirectories(parentDir);
        Path tmp = Files.createTempDirectory(parentDir, "." + target.getFileName() + ".partial-");
        openToReaders(tmp);
        boolean moved = false;
        try {
            long start = System.nanoTime();
            PreparedInput in = PreparedInput.prepare(input, readerOptions, normalization, progress);
            in = withTruthAxis(in, truth);
            checkTruth(in, truth);
            io.spikemix.engine.spatial.SpatialGrid grid = FitCommand.spatialGrid(settings, in);
            int gmmPixels = announceCosts(cmd, settings, order, in.data().rows(), in.data().cols());
            List<FitOutcome> outcomes = new ArrayList<>();
            for (FitMethod m : order) {
                try {
                    outcomes.add(MethodFit.run(m, settings, in.data(), grid, gmmPixels, true,
                            progress.stage(m.id())));
                } catch (IllegalArgumentException e) {
                    throw new CliException(input + ": " + m.label() + " cannot fit these data: " + e.getMessage());
                }
                progress.done();
            }
            progress.stage("report").setProgress(0, "rendering");
            try {
                write(tmp, in, truth, settings, outcomes, (System.nanoTime() - start) * 1e-9, progress);
            } catch (IOException e) {
                throw io.spikemix.engine.io.AtomicFiles.namingFile(out, e);
            }
            markAsOurs(tmp);
            progress.checkCanceled();
            moveIntoPlace(tmp, target);
            moved = true;
            progress.done();
            cmd.getOut().println("Wrote " + out.resolve("report.html") + " (open it in a browser)");
            cmd.getOut().flush();
            return SpikeMixCommand.OK;
        } finally {
            progress.done();
            if (!moved) {
                deleteRecursively(tmp);
            }
        }
    }

    /**
     * Prints what each method will cost at most (time at the engine's measured kernel rates, working memory) before
     * anything is fitted, and returns the number of pixels the GMM is fitted on: all of them unless its estimate
     * exceeds {@code --gmm-budget} (or {@code --gmm-sample} is given).
     */
    private int announceCosts(CommandLine cmd, FitSettings settings, List<FitMethod> order, int n, int d) {
        int k = settings.k();
        int gmmPixels = n;
        java.io.PrintWriter err = cmd.getErr();
        for (FitMethod m : order) {
            FitCost cost = switch (m) {
                case SMM -> CostModel.smm(n, d, k, settings.smmOptions().schedule(), settings.threads());
                case GMM -> CostModel.gmm(n, d, k, settings.gmmOptions(), settings.threads());
                default -> CostModel.kmeans(n, d, k, settings.kmeansOptions(), settings.threads());
            };
            String line = "Estimated cost of " + cost.describe();
            if (settings.spatialRequested() && m != FitMethod.KMEANS) {
                // method.md §8.5: a spatial SMM fits two candidates after the plain fit, a spatial GMM one phase
                line += "; spatial EM: about " + (m == FitMethod.SMM ? 3 : 2) + " times that"
                        + (settings.spatialAuto() ? ", plus one plain fit for auto" : "");
            }
            if (m == FitMethod.GMM) {
                long iterations = cost.iterations();
                gmmPixels = gmmSample > 0 ? Math.min(n, gmmSample)
                        : CostModel.gmmSampleSize(n, d, k, iterations, settings.threads(), gmmBudgetMinutes * 60,
                                Math.min(n, 20 * k));
                if (gmmPixels < n && settings.spatialRequested()) {
                    gmmPixels = n;
                    line += "; fitted on all pixels, since spatial EM needs every pixel's neighbours";
                } else if (gmmPixels < n) {
                    line += String.format(java.util.Locale.ROOT, "; fitting it on a random sample of %,d pixels "
                            + "instead (%s, budget %s), then assigning all %,d (%s)", gmmPixels,
                            FitCost.duration(CostModel.gmm(gmmPixels, d, k, iterations, settings.threads()).seconds()),
                            FitCost.duration(gmmBudgetMinutes * 60), n,
                            FitCost.duration(CostModel.gmmAssignment(n, d, k, settings.threads())));
                }
            }
            err.println(line);
        }
        err.flush();
        return gmmPixels;
    }

    private void checkOutput() throws IOException {
        new OutputGuard().input("--input", input).input("--truth", truthFile).outputFolder("--out", out, force);
    }

    /** A .npy carries no band axis; when the truth file has one with the same number of bands, use it. */
    private static PreparedInput withTruthAxis(PreparedInput in, Truth truth) {
        SpectralCube c = in.cube();
        if (truth == null || truth.bands() == null || !c.bands().isIndexOnly() || truth.bands().size() != c.bandCount()) {
            return in;
        }
        return new PreparedInput(in.file(), c.withSpectra(c.spectra(), truth.bands()), in.normalization(), in.data(),
                in.maskedSpectra());
    }

    private void checkTruth(PreparedInput in, Truth truth) {
        if (truth == null) {
            return;
        }
        if (truth.labels() != null && truth.labels().length != in.cube().pixelCount()) {
            throw new CliException("--truth " + truth.file() + ": 'labels' has " + truth.labels().length
                    + " entries but the input has " + in.cube().pixelCount() + " pixels");
        }
        if (truth.spikes() != null && truth.spikes().length > 0 && truth.spikes()[0].length != in.cube().bandCount()) {
            throw new CliException("--truth " + truth.file() + ": 'spikes' have " + truth.spikes()[0].length
                    + " bands but the input has " + in.cube().bandCount());
        }
    }

    private void write(Path dir, PreparedInput in, Truth truth, FitSettings settings, List<FitOutcome> outcomes,
            double seconds, ConsoleProgress progress) throws IOException, CanceledException {
        SpectralCube cube = in.cube();
        BandAxis axis = cube.bands();
        boolean image = cube.hasImageShape() && cube.width() > 1;
        int[] truthImage = truth == null || truth.labels() == null ? null
                : Arrays.stream(truth.labels()).map(l -> l > 0 ? l : -1).toArray();
        List<ComparisonPanel.Entry> entries = new ArrayList<>();
        if (truthImage != null) {
            entries.add(new ComparisonPanel.Entry("Truth", LabelMap.of(cube.height(), cube.width(), truthImage)));
        }
        for (FitOutcome o : outcomes) {
            // Pictures number clusters 1..K like the KNIME nodes' 'cluster' column and the truth; JSON stays 0-based.
            entries.add(new ComparisonPanel.Entry(o.method().label(),
                    LabelMap.of(cube.height(), cube.width(), LabelsFile.oneBased(cube.toImage(o.labelsPerRow(), -1)))));
        }
        int scale = Math.max(1, Math.min(8, 360 / Math.max(cube.height(), cube.width())));
        ComparisonPanel.Panel panel = new ComparisonPanel(LabelMapRenderer.builder().scale(scale).build(), true)
                .render(entries);
        int offset = truthImage == null ? 0 : 1;
        byte[] panelPng = image ? PngImages.encode(panel.image()) : null;

        byte[] truthSpectraPng = null;
        if (truth != null && truth.spikes() != null) {
            ClusterColors colors = truthImage != null ? panel.colors().get(0) : ClusterColors.byId(LabelMapRenderer.builder().build().palette());
            List<SpectraPlotRenderer.Series> series = new ArrayList<>();
            for (int k = 0; k < truth.spikes().length; k++) {
                series.add(new SpectraPlotRenderer.Series("region " + (k + 1), k + 1, truth.spikes()[k]));
            }
            truthSpectraPng = PngImages.encode(plot("Truth: true spikes").render(axis, series, colors));
        }

        List<MethodReport> reports = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            progress.checkCanceled(); // rendering takes seconds for large images; Ctrl-C must not wait for all of it
            FitOutcome o = outcomes.get(i);
            int[] active = o.active();
            double[][] raw = new double[active.length][];
            List<SpectraPlotRenderer.Series> series = new ArrayList<>();
            for (int j = 0; j < active.length; j++) {
                raw[j] = in.undo(o.spikes()[active[j]]);
                series.add(new SpectraPlotRenderer.Series("cluster " + (active[j] + 1), active[j] + 1, raw[j]));
            }
            byte[] spectra = PngImages.encode(plot(o.method().label() + ": recovered spikes").render(axis, series,
                    panel.colors().get(offset + i)));
            byte[] trace = TracePlot.png(o.method().label() + ": log-likelihood", o.trace(), 0);
            byte[] confidence = image && o.confidence() != null ? PngImages.encode(ResponsibilityMapRenderer.builder()
                    .scale(scale).title(o.method().label() + ": confidence").range(0, 1).build()
                    .render(ScalarMap.of(cube, o.confidence()))) : null;
            reports.add(new MethodReport(o, raw, active, spectra, trace, score(truth, truthImage, cube, o, raw),
                    confidence));
            if (confidence != null) {
                Files.write(dir.resolve("confidence-" + o.method().id() + ".png"), confidence);
            }
            FitResultJson.write(FitResultJson.toJson(o, in, settings), dir.resolve("result-" + o.method().id() + ".json"));
            writeCsv(dir.resolve("spikes-" + o.method().id() + ".csv"), axis, active, raw);
            Files.write(dir.resolve("spectra-" + o.method().id() + ".png"), spectra);
            if (trace != null) {
                Files.write(dir.resolve("loglik-" + o.method().id() + ".png"), trace);
            }
        }
        if (panelPng != null) {
            Files.write(dir.resolve("label-maps.png"), panelPng);
        }
        if (truthSpectraPng != null) {
            Files.write(dir.resolve("spectra-truth.png"), truthSpectraPng);
        }
        progress.checkCanceled();
        ObjectNode summary = summary(in, truth, settings, reports, seconds);
        Files.write(dir.resolve("summary.json"), FitResultJson.MAPPER.writeValueAsBytes(summary));
        String html = SegmentReport.html(in, truth, settings, reports, panelPng, truthSpectraPng, seconds);
        Files.write(dir.resolve("report.html"), html.getBytes(StandardCharsets.UTF_8));
    }

    private static SpectraPlotRenderer plot(String title) {
        return SpectraPlotRenderer.builder().size(620, 340).title(title).yLabel("Intensity (raw units)").build();
    }

    private static MethodReport.Score score(Truth truth, int[] truthImage, SpectralCube cube, FitOutcome o, double[][] raw) {
        if (truth == null) {
            return null;
        }
        double sqe = Double.NaN;
        double cos = Double.NaN;
        if (truth.spikes() != null) {
            SpikeSetEvaluation e = SpikeSetEvaluation.of(truth.spikes(), raw);
            sqe = e.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN);
            cos = e.hausdorff(SpikeDistance.ABS_COSINE);
        }
        double ari = Double.NaN;
        double nmi = Double.NaN;
        double acc = Double.NaN;
        if (truthImage != null) {
            ClusteringScores s = ClusteringScores.of(truth.labels(), cube.toImage(o.labelsPerRow(), -1));
            ari = s.adjustedRandIndex();
            nmi = s.normalizedMutualInformation();
            acc = s.accuracy();
        }
        return new MethodReport.Score(sqe, cos, ari, nmi, acc);
    }

    private static void writeCsv(Path file, BandAxis axis, int[] ids, double[][] rows) throws IOException {
        StringBuilder sb = new StringBuilder("spike");
        for (double v : axis.values()) {
            sb.append(',').append(v);
        }
        sb.append('\n');
        for (int i = 0; i < rows.length; i++) {
            sb.append(ids[i]);
            for (double v : rows[i]) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode summary(PreparedInput in, Truth truth, FitSettings s, List<MethodReport> reports, double seconds) {
        SpectralCube cube = in.cube();
        ObjectNode root = FitResultJson.MAPPER.createObjectNode();
        root.put("format", "spikemix-segment-summary");
        root.put("version", 1);
        ObjectNode data = root.putObject("data");
        data.put("input", input.toString());
        data.set("shape", FitResultJson.ints(new int[] { cube.height(), cube.width() }));
        data.put("bands", cube.bandCount());
        data.put("band_first", cube.bands().value(0));
        data.put("band_last", cube.bands().value(cube.bandCount() - 1));
        data.put("band_unit", cube.bands().unit());
        data.put("pixels", cube.pixelCount());
        data.put("pixels_with_spectrum", cube.validCount());
        data.put("pixels_masked", cube.pixelCount() - cube.validCount());
        data.put("spectra_zeroed_by_normalization", in.maskedSpectra());
        ObjectNode settings = root.putObject("settings");
        settings.put("k", s.k());
        settings.put("normalization", in.normalizationId());
        settings.put("preset", s.noSieve() ? "none (--no-sieve)" : s.preset());
        settings.put("seed", s.seed());
        settings.put("threads", s.threads());
        settings.put("gmm_budget_s", gmmBudgetMinutes * 60);
        if (truth != null) {
            settings.put("truth", truth.file().toString());
        }
        ArrayNode methods = root.putArray("methods");
        for (MethodReport r : reports) {
            FitOutcome o = r.outcome();
            ObjectNode m = methods.addObject();
            m.put("method", o.method().id());
            m.put("k", o.k());
            m.put("sigma2", o.sigma2());
            m.put("active_spikes", o.active().length);
            FitResultJson.number(m, "loglik", o.logLikelihood());
            m.set("loglik_trace", FitResultJson.array(o.trace()));
            m.put("iterations", o.iterations());
            m.put("converged", o.converged());
            m.put("total_s", o.seconds());
            m.put("per_iteration_s", o.secondsPerIteration());
            m.put("fitted_pixels", o.fittedPixels());
            m.set("spatial", FitResultJson.spatial(o.spatial()));
            m.put("sampled", o.sampled());
            if (o.confidence() != null) {
                m.put("mean_confidence", Confidence.mean(o.confidence()));
                m.put("mean_entropy", Confidence.mean(o.entropy()));
                m.put("confidence_map", "confidence-" + o.method().id() + ".png");
            }
            if (o.spectralGapOk() != null) {
                m.put("spectral_gap_ok", o.spectralGapOk());
            }
            if (o.centroids() != null) {
                m.put("inertia", o.inertia());
            }
            if (r.score() != null) {
                ObjectNode e = m.putObject("evaluation");
                FitResultJson.number(e, "hausdorff_sqe", r.score().hausdorffSqe());
                FitResultJson.number(e, "hausdorff_abs_cosine", r.score().hausdorffAbsCosine());
                FitResultJson.number(e, "ari", r.score().ari());
                FitResultJson.number(e, "nmi", r.score().nmi());
                FitResultJson.number(e, "accuracy", r.score().accuracy());
            }
            m.put("result", "result-" + o.method().id() + ".json");
            m.put("spikes_csv", "spikes-" + o.method().id() + ".csv");
        }
        root.put("total_s", seconds);
        return root;
    }

    /** Lists what this run wrote, so that a later --force may replace the folder (and nothing a user adds to it). */
    static void markAsOurs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            OutputGuard.writeMarker(dir, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** Renames the finished temporary folder to the output folder, replacing an old one only after success. */
    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteRecursively(old);
        }
    }

    /** createTempDirectory makes an owner-only folder; the output folder should be readable like any other. */
    static void openToReaders(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
