package io.spikemix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.cost.FitCost;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.render.KScanPlotRenderer;
import io.spikemix.engine.render.PngImages;
import io.spikemix.engine.select.KRange;
import io.spikemix.engine.select.KScan;
import io.spikemix.engine.select.KScanOptions;
import io.spikemix.engine.select.ScanMethod;
import io.spikemix.engine.select.ScanResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spikemix scan-k}: fits every method at every K of a range (same seed, same preset; method.md §9), prints a
 * table of log-likelihood, BIC and ICL (SMM, GMM) or inertia and silhouette (k-means) per K with each method's
 * recommended K, and with {@code --out} writes {@code scan.json}, {@code scan.png} and {@code report.html} into a
 * folder that appears only when complete (as {@code segment}'s does).
 */
@Command(name = "scan-k", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Fit each K of a range and recommend K per method: BIC (SMM, GMM) or silhouette (k-means), "
                + "with ICL and the knee of the likelihood curve alongside.",
                "Output folder (--out): scan.json (every number), scan.png (the curves), report.html." })
final class ScanKCommand extends SubCommand {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Input cube: .npy (H x W x B or N x d), .csv, ENVI, imzML or .mat.")
    private Path input;

    @Mixin
    private ReaderOptions readerOptions;

    @Option(names = "--k", required = true, paramLabel = "MIN:MAX", description = "The K values to fit, e.g. 2:16.")
    private String kRange;

    @Option(names = "--methods", defaultValue = "smm,gmm,kmeans", split = ",", converter = FitMethod.Converter.class,
            paramLabel = "smm,gmm,kmeans", description = "Methods to scan, in this order (default: ${DEFAULT-VALUE}).")
    private List<FitMethod> methods;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed of every fit (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--preset", defaultValue = "quick", paramLabel = "synthetic|ims|hsi|quick",
            description = "SMM sieving schedule for every K (default: ${DEFAULT-VALUE}, as for segment).")
    private String preset;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors; results do not depend on it).")
    private Integer threads;

    @Option(names = "--max-iter", paramLabel = "M", description = "Iteration limit of every fit (default: each method's own).")
    private Integer maxIter;

    @Option(names = "--tol", paramLabel = "T", description = "Stopping tolerance of every fit (default: each method's own).")
    private Double tol;

    @Option(names = "--normalize", defaultValue = "minmax", paramLabel = "minmax|l1|tic|none",
            description = "Normalization before fitting (default: ${DEFAULT-VALUE}).")
    private String normalize;

    @Option(names = "--tic", description = "Shorthand for --normalize tic (imaging mass spectrometry).")
    private boolean tic;

    @Option(names = "--force", description = "Replace an earlier output folder of SpikeMix; a folder holding any other file is never replaced.")
    private boolean force;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder for scan.json, scan.png and report.html (default: print the table only).")
    private Path out;

    @Override
    public Integer call() throws IOException, CanceledException {
        // every check that needs no data comes before reading it
        KRange range;
        try {
            range = KRange.parse(kRange);
        } catch (IllegalArgumentException e) {
            throw new CliException("--k: " + e.getMessage());
        }
        FitSettings settings = new FitSettings(1, seed, preset,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, maxIter, tol, false);
        List<ScanMethod> order = methods.stream().distinct().map(m -> ScanMethod.parse(m.id())).toList();
        KScanOptions options = new KScanOptions(range, order, settings.smmOptions(), settings.gmmOptions(),
                settings.kmeansOptions(), settings.threads());
        String normalization = tic ? "tic" : normalize;
        PreparedInput.parseNormalization(normalization);
        if (out != null) {
            new OutputGuard().input("--input", input).outputFolder("--out", out, force);
        }
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        try {
            long start = System.nanoTime();
            PreparedInput in = PreparedInput.prepare(input, readerOptions, normalization, progress);
            int n = in.data().rows();
            if (range.max() > n) {
                throw new CliException("--k: the range " + range + " goes beyond the " + n + " pixels with a spectrum in "
                        + input + "; the largest K must be <= " + n);
            }
            KScan scan = new KScan(options);
            PrintWriter err = cmd.getErr();
            for (FitCost c : scan.cost(n, in.data().cols())) {
                err.println("Estimated cost of " + c.describe());
            }
            err.flush();
            List<ScanResult> results;
            try {
                results = scan.scan(in.data(), progress.stage("scan-k"));
            } catch (IllegalArgumentException e) {
                throw new CliException(input + ": " + e.getMessage());
            }
            progress.done();
            double seconds = (System.nanoTime() - start) * 1e-9;
            printTable(cmd.getOut(), results);
            if (out != null) {
                progress.stage("report").setProgress(0, "writing");
                write(in, settings, range, results, seconds);
                cmd.getOut().println("Wrote " + out.resolve("report.html") + " (open it in a browser)");
            }
            cmd.getOut().flush();
            return SpikeMixCommand.OK;
        } finally {
            progress.done();
        }
    }

    /** The per-K table and each method's recommendation, for the terminal. */
    static void printTable(PrintWriter w, List<ScanResult> results) {
        for (ScanResult r : results) {
            int[] k = r.k();
            w.println(r.method().label() + " (" + String.format(Locale.ROOT, "%,d", r.pixels()) + " pixels):");
            if (r.method().hasLikelihood()) {
                w.println(String.format(Locale.ROOT, "%5s %16s %10s %16s %16s %8s", "K", "log-likelihood", "params", "BIC",
                        "ICL", "spikes"));
                for (int i = 0; i < k.length; i++) {
                    w.println(String.format(Locale.ROOT, "%5d %16.2f %10d %16.2f %16.2f %8d%s", k[i], r.logLikelihood()[i],
                            r.parameters()[i], r.bic()[i], r.icl()[i], r.activeSpikes()[i], mark(r, k[i])));
                }
                w.println(String.format(Locale.ROOT, "  recommended K = %s (smallest BIC); smallest ICL at K = %s; knee of "
                        + "the log-likelihood at K = %s", kText(r.recommendedK()), kText(r.iclK()), kText(r.kneeK())));
            } else {
                w.println(String.format(Locale.ROOT, "%5s %16s %12s", "K", "inertia", "silhouette"));
                for (int i = 0; i < k.length; i++) {
                    w.println(String.format(Locale.ROOT, "%5d %16.4f %12.4f%s", k[i], r.inertia()[i], r.silhouette()[i],
                            mark(r, k[i])));
                }
                w.println(String.format(Locale.ROOT, "  recommended K = %s (largest silhouette); knee of the inertia at "
                        + "K = %s", kText(r.recommendedK()), kText(r.kneeK())));
            }
        }
        w.flush();
    }

    private static String mark(ScanResult r, int k) {
        return r.recommendedK() == k ? "  <- recommended" : "";
    }

    static String kText(int k) {
        return k < 0 ? "none" : Integer.toString(k);
    }

    private void write(PreparedInput in, FitSettings settings, KRange range, List<ScanResult> results, double seconds)
            throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parentDir = target.getParent();
        Files.createDirectories(parentDir);
        Path tmp = Files.createTempDirectory(parentDir, "." + target.getFileName() + ".partial-");
        boolean moved = false;
        try {
            SegmentCommand.openToReaders(tmp);
            byte[] png = PngImages.encode(new KScanPlotRenderer(720, 300).render(results));
            Files.write(tmp.resolve("scan.png"), png);
            Files.write(tmp.resolve("scan.json"), FitResultJson.MAPPER.writeValueAsBytes(json(in, settings, range,
                    results, seconds)));
            Files.writeString(tmp.resolve("report.html"), ScanKReport.html(in, settings, range, results, png, seconds),
                    StandardCharsets.UTF_8);
            SegmentCommand.markAsOurs(tmp);
            SegmentCommand.moveIntoPlace(tmp, target);
            moved = true;
        } catch (IOException e) {
            throw io.spikemix.engine.io.AtomicFiles.namingFile(out, e);
        } finally {
            if (!moved) {
                SegmentCommand.deleteRecursively(tmp);
            }
        }
    }

    private ObjectNode json(PreparedInput in, FitSettings s, KRange range, List<ScanResult> results, double seconds) {
        SpectralCube cube = in.cube();
        ObjectNode root = FitResultJson.MAPPER.createObjectNode();
        root.put("format", "spikemix-scan-k");
        root.put("version", 1);
        ObjectNode data = root.putObject("data");
        data.put("input", input.toString());
        data.set("shape", FitResultJson.ints(new int[] { cube.height(), cube.width() }));
        data.put("bands", cube.bandCount());
        data.put("pixels_with_spectrum", cube.validCount());
        ObjectNode settings = root.putObject("settings");
        settings.put("k_min", range.min());
        settings.put("k_max", range.max());
        settings.put("normalization", in.normalizationId());
        settings.put("preset", s.preset());
        settings.put("seed", s.seed());
        settings.put("threads", s.threads());
        ObjectNode methodsNode = root.putObject("methods");
        for (ScanResult r : results) {
            ObjectNode m = methodsNode.putObject(r.method().id());
            m.set("k", FitResultJson.ints(r.k()));
            if (r.method().hasLikelihood()) {
                m.set("loglik", FitResultJson.array(r.logLikelihood()));
                ArrayNode p = m.putArray("parameters");
                for (long v : r.parameters()) {
                    p.add(v);
                }
                m.set("bic", FitResultJson.array(r.bic()));
                m.set("icl", FitResultJson.array(r.icl()));
                m.set("entropy", FitResultJson.array(r.entropy()));
                m.set("active_spikes", FitResultJson.ints(r.activeSpikes()));
            } else {
                m.set("inertia", FitResultJson.array(r.inertia()));
                m.set("silhouette", FitResultJson.array(r.silhouette()));
            }
            m.set("seconds", FitResultJson.array(r.seconds()));
            m.put("pixels", r.pixels());
            m.put("criterion", r.criterion());
            putK(m, "recommended_k", r.recommendedK());
            if (r.method().hasLikelihood()) {
                putK(m, "bic_k", r.bicK());
                putK(m, "icl_k", r.iclK());
            } else {
                putK(m, "silhouette_k", r.silhouetteK());
            }
            putK(m, "knee_k", r.kneeK());
        }
        root.put("total_s", seconds);
        return root;
    }

    private static void putK(ObjectNode node, String field, int k) {
        if (k > 0) {
            node.put(field, k);
        } else {
            node.putNull(field);
        }
    }
}
