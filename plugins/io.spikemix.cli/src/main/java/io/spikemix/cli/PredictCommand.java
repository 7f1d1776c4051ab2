package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.model.FittedModel;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.smm.SpikedMixtureModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spikemix predict}: applies a fitted SMM, GMM or k-means result to another cube (or the same one) with the
 * normalization the fit used, and writes the labels in the layout of the fit's result.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Apply a model from 'spikemix fit' or 'segment' (result-<method>.json) to a cube and write "
                + "its labels as JSON.",
                "The cube is read with the reader options given here (use those of the fit) and normalized with the "
                        + "fitted normalization stored in the result; its band axis must equal the model's.",
                "JSON fields: format \"spikemix-labels\", method, k, labels (per pixel, row-major, -1 masked), "
                        + "shape [H, W], model, input; with --responsibilities also responsibilities (per pixel K "
                        + "values, null masked) and confidence (largest responsibility, null masked)." })
final class PredictCommand extends SubCommand {

    static final String FORMAT = "spikemix-labels";

    @Option(names = "--model", required = true, paramLabel = "RESULT.json",
            description = "A result of 'spikemix fit' or 'segment' (result-<method>.json).")
    private Path model;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Cube to label: .npy (N x d or H x W x B), .csv, ENVI, imzML or .mat.")
    private Path input;

    @Mixin
    private ReaderOptions readerOptions;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all processors; results do not depend on it).")
    private Integer threads;

    @Option(names = "--responsibilities", description = "Also write every pixel's responsibilities and confidence.")
    private boolean withResponsibilities;

    @Option(names = "--out", required = true, paramLabel = "LABELS.json", description = "Output JSON file.")
    private Path out;

    @Override
    public Integer call() throws IOException, CanceledException {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new CliException("--threads: must be >= 1, got " + t);
        }
        new OutputGuard().input("--input", input).input("--model", model).outputFile("--out", out);
        com.fasterxml.jackson.databind.JsonNode root = FitResultJson.read(model);
        ModelJson.Restored restored = ModelJson.read(model, root);
        double beta = root.path("spatial").path("beta").asDouble(0);
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        try {
            SpectralCube cube = PreparedInput.withoutEmptyPixels(CubeLoading.load(input, readerOptions, progress));
            if (cube.validCount() == 0) {
                throw new SpectralFileException(input, "pixels", "expected at least one pixel with a spectrum, found none");
            }
            boolean assumedAxis = checkBands(restored, cube.bands());
            SpectralMatrix data = normalized(restored, cube.spectra(), progress);
            FittedModel m = restored.model();
            int k = m.k();
            int[] labels;
            double[] resp = null;
            if (withResponsibilities) {
                resp = m.responsibilities(data, t, progress.stage("predict"));
                labels = SpikedMixtureModel.labels(resp, k);
            } else {
                labels = m.labels(data, t, progress.stage("predict"));
            }
            FitResultJson.write(toJson(restored, cube, labels, resp), out);
            progress.done();
            cmd.getOut().printf(Locale.ROOT, "%s, K = %d: labelled %d pixels of %s%n", restored.method().label(), k,
                    labels.length, input.getFileName());
            if (assumedAxis) {
                cmd.getOut().printf(Locale.ROOT, "Note: %s has no band axis; its %d bands are taken to be the model's "
                        + "(%s to %s %s)%n", input.getFileName(), restored.bands().length, restored.bands()[0],
                        restored.bands()[restored.bands().length - 1], restored.bandUnit());
            }
            if (beta > 0) {
                // the neighbourhood term belongs to the fit on its own image, not to the model's parameters
                cmd.getOut().printf(Locale.ROOT, "Note: the model was fitted with spatial EM (beta = %.4g); predict "
                        + "applies its parameters pixel by pixel, without the neighbourhood term, so labels can differ "
                        + "from the fit's smoothed labels%n", beta);
            }
            cmd.getOut().println("Wrote " + out);
            cmd.getOut().flush();
            return SpikeMixCommand.OK;
        } finally {
            progress.done();
        }
    }

    /**
     * Refuses a cube whose band axis is not the model's, naming both. A cube whose format carries no band axis (a
     * {@code .npy}: band indices only) is accepted when its band count is the model's, since there is nothing to
     * compare; {@code segment} may have taken the fit's axis from its truth file.
     *
     * @return whether the model's axis was assumed for an index-only cube
     */
    private boolean checkBands(ModelJson.Restored restored, BandAxis bands) throws SpectralFileException {
        double[] want = restored.bands();
        double[] have = bands.values();
        if (bands.isIndexOnly() && want.length == have.length) {
            return !BandAxis.INDEX_UNIT.equals(restored.bandUnit());
        }
        int first = -1;
        if (want.length == have.length) {
            for (int b = 0; b < want.length && first < 0; b++) {
                if (Math.abs(want[b] - have[b]) > 1e-9 * Math.max(1, Math.abs(want[b]))) {
                    first = b;
                }
            }
            if (first < 0) {
                return false;
            }
        }
        String where = first >= 0 ? String.format(Locale.ROOT, "; band %d is %s in the model, %s in the cube", first,
                want[first], have[first]) : "";
        throw new SpectralFileException(input, "band axis", "expected the model's axis (" + describe(want,
                restored.bandUnit()) + ", from " + model.getFileName() + "), found " + describe(have, bands.unit())
                + where);
    }

    private static String describe(double[] axis, String unit) {
        if (axis.length == 0) {
            return "no bands";
        }
        String u = unit == null || unit.isEmpty() || unit.equals(BandAxis.INDEX_UNIT) ? "" : " " + unit;
        return String.format(Locale.ROOT, "%d bands, %s to %s%s", axis.length, axis[0], axis[axis.length - 1], u);
    }

    /** The spectra the model scores: normalized as in the fit, or as read. */
    private SpectralMatrix normalized(ModelJson.Restored restored, SpectralMatrix spectra, ConsoleProgress progress)
            throws CanceledException {
        if (restored.normalization() == null) {
            return spectra;
        }
        try {
            return restored.normalization().apply(spectra, NonFinitePolicy.REJECT, progress.stage("normalize")).data();
        } catch (NonFiniteValueException e) {
            throw new CliException(input + ": row " + e.row() + " (0-based), band " + e.column() + " holds "
                    + e.value() + "; the methods need finite values");
        }
    }

    private ObjectNode toJson(ModelJson.Restored restored, SpectralCube cube, int[] labels, double[] resp) {
        ObjectNode root = FitResultJson.MAPPER.createObjectNode();
        int k = restored.model().k();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("method", restored.method().id());
        root.put("k", k);
        root.set("labels", FitResultJson.ints(cube.toImage(labels, -1)));
        root.set("shape", FitResultJson.ints(new int[] { cube.height(), cube.width() }));
        root.put("normalization", restored.normalization() == null ? "none" : restored.normalization().method().id());
        root.put("model", model.toString());
        root.put("input", input.toString());
        if (resp != null) {
            ArrayNode r = root.putArray("responsibilities");
            ArrayNode conf = root.putArray("confidence");
            int[] rowOfPixel = new int[cube.height() * cube.width()];
            java.util.Arrays.fill(rowOfPixel, -1);
            for (int i = 0; i < cube.validCount(); i++) {
                rowOfPixel[cube.pixelIndex(i)] = i;
            }
            double[] one = new double[k];
            for (int row : rowOfPixel) {
                if (row < 0) {
                    r.addNull();
                    conf.addNull();
                    continue;
                }
                System.arraycopy(resp, row * k, one, 0, k);
                r.add(FitResultJson.array(one));
                double best = 0;
                for (double v : one) {
                    best = Math.max(best, v);
                }
                conf.add(best);
            }
        }
        return root;
    }
}
