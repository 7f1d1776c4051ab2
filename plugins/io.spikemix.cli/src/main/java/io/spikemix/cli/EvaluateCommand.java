package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.evaluate.ClusteringScores;
import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.engine.evaluate.SpikeMatching;
import io.spikemix.engine.evaluate.SpikeSetEvaluation;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spikemix evaluate}: compares a {@code fit} result with ground truth: Hausdorff distances (both spike
 * distances, method.md §5) and the optimal one-to-one matching of the non-zero spikes, and ARI, NMI and accuracy of
 * the labels.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Compare a 'fit' result with ground truth and print (and optionally write) the scores as JSON.",
                "Truth: JSON with 'spikes' (K x d) and/or 'labels' (per pixel, row-major, 0 = unlabelled), or .npy: "
                        + "an H x W array of the result's shape is read as labels, an array with the result's d columns "
                        + "as spikes.",
                "Spikes are compared in the units stored in the result (those of the fitted data): fit with "
                        + "--normalize none to compare with raw-unit truth." })
final class EvaluateCommand extends SubCommand {

    @Option(names = "--result", required = true, paramLabel = "RESULT.json", description = "A 'fit' result.")
    private Path result;

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.json|TRUTH.npy", description = "Ground truth.")
    private Path truthFile;

    @Option(names = "--out", paramLabel = "EVAL.json", description = "Also write the scores to this file.")
    private Path out;

    @Override
    public Integer call() throws IOException, CanceledException {
        if (out != null) {
            new OutputGuard().input("--result", result).input("--truth", truthFile).outputFile("--out", out);
        }
        JsonNode r = FitResultJson.read(result);
        double[][] spikes = r.has("spikes") ? FitResultJson.matrix(result, r.get("spikes"), "spikes") : new double[0][];
        int[] labels = r.has("labels") ? FitResultJson.intArray(result, r.get("labels"), "labels") : null;
        int[] shape = r.has("shape") ? FitResultJson.intArray(result, r.get("shape"), "shape") : null;
        Truth truth = readTruth(shape, spikes.length == 0 ? -1 : spikes[0].length);
        double[][] nonZero = Arrays.stream(spikes).filter(s -> Arrays.stream(s).anyMatch(v -> v != 0)).toArray(double[][]::new);

        ObjectNode root = FitResultJson.MAPPER.createObjectNode();
        root.put("format", "spikemix-evaluation");
        root.put("result", result.toString());
        root.put("truth", truthFile.toString());
        root.put("method", r.path("method").asText(""));
        StringBuilder text = new StringBuilder();
        if (truth.spikes() != null) {
            if (nonZero.length > 0 && truth.spikes()[0].length != nonZero[0].length) {
                throw new CliException(truthFile + ": spikes have " + truth.spikes()[0].length + " bands, the result's "
                        + nonZero[0].length);
            }
            SpikeSetEvaluation e = SpikeSetEvaluation.of(truth.spikes(), nonZero);
            ObjectNode h = root.putObject("hausdorff");
            FitResultJson.number(h, "sqe", e.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN));
            FitResultJson.number(h, "abs_cosine", e.hausdorff(SpikeDistance.ABS_COSINE));
            root.put("estimated_spikes_compared", nonZero.length);
            ObjectNode pairs = root.putObject("matched_pairs");
            for (SpikeDistance d : SpikeDistance.values()) {
                SpikeMatching m = e.matching(d);
                ArrayNode a = pairs.putArray(d == SpikeDistance.SQUARED_EUCLIDEAN ? "sqe" : "abs_cosine");
                for (SpikeMatching.Pair p : m.pairs()) {
                    ObjectNode o = a.addObject();
                    o.put("reference", p.referenceIndex());
                    o.put("estimated", p.estimatedIndex());
                    o.put("distance", p.distance());
                    o.put("sign", p.sign());
                }
            }
            text.append(String.format(Locale.ROOT, "Hausdorff distance: squared Euclidean %.6g, absolute cosine %.6g "
                    + "(%d true vs %d non-zero estimated spikes)%n", e.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN),
                    e.hausdorff(SpikeDistance.ABS_COSINE), truth.spikes().length, nonZero.length));
        }
        if (truth.labels() != null) {
            if (labels == null) {
                throw new CliException(result + ": has no 'labels' to compare with the truth labels");
            }
            if (labels.length != truth.labels().length) {
                throw new CliException(truthFile + ": " + truth.labels().length + " labels, the result has " + labels.length);
            }
            ClusteringScores s = ClusteringScores.of(truth.labels(), labels);
            ObjectNode c = root.putObject("clustering");
            FitResultJson.number(c, "ari", s.adjustedRandIndex());
            FitResultJson.number(c, "nmi", s.normalizedMutualInformation());
            FitResultJson.number(c, "accuracy", s.accuracy());
            c.put("scored_pixels", s.scoredCount());
            c.put("unlabelled_pixels", s.unlabelledCount());
            c.put("masked_pixels", s.maskedCount());
            text.append(String.format(Locale.ROOT, "ARI %.4f, NMI %.4f, accuracy %.4f over %,d pixels (%,d unlabelled, "
                    + "%,d masked left out)%n", s.adjustedRandIndex(), s.normalizedMutualInformation(), s.accuracy(),
                    s.scoredCount(), s.unlabelledCount(), s.maskedCount()));
        }
        if (out != null) {
            FitResultJson.write(root, out);
        }
        commandLine().getOut().print(text);
        commandLine().getOut().println(FitResultJson.MAPPER.writeValueAsString(root));
        commandLine().getOut().flush();
        return SpikeMixCommand.OK;
    }

    private Truth readTruth(int[] shape, int d) throws SpectralFileException {
        if (!InputFiles.extension(truthFile).equals("npy")) {
            return Truth.read(truthFile);
        }
        SpectralCube c = NpyReader.read(truthFile);
        if (c.hasImageShape()) {
            throw new SpectralFileException(truthFile, "shape", "expected a 2-D array (H x W labels or K x d spikes), found 3-D");
        }
        int rows = c.spectra().rows();
        int cols = c.spectra().cols();
        double[][] m = c.spectra().toDoubleRows();
        if (shape != null && rows == shape[0] && cols == shape[1]) {
            int[] labels = new int[rows * cols];
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) {
                    double v = m[y][x];
                    if (v != Math.rint(v)) {
                        throw new SpectralFileException(truthFile, "[" + y + ", " + x + "]", "expected an integer label, found " + v);
                    }
                    labels[y * cols + x] = (int) v;
                }
            }
            return new Truth(truthFile, null, labels, shape, null);
        }
        if (cols == d) {
            return new Truth(truthFile, m, null, null, null);
        }
        throw new SpectralFileException(truthFile, "shape", "expected " + (shape == null ? "" : shape[0] + " x " + shape[1]
                + " labels or ") + "K x " + d + " spikes, found " + rows + " x " + cols);
    }
}
