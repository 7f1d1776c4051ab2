package io.spikemix.cli;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.io.SpectralFileException;

/**
 * Ground truth for evaluation, from a JSON file with {@code spikes} (K × d) and/or {@code labels} (one per pixel,
 * row-major, 1..K; 0 = unlabelled), optionally {@code shape} [H, W] and {@code bands} {values, unit} (as written
 * by {@code spikemix synth}).
 *
 * @param file   the file read
 * @param spikes reference spikes in raw units, or null
 * @param labels reference label per pixel, or null
 * @param shape  [H, W], or null
 * @param bands  the band axis, or null
 */
record Truth(Path file, double[][] spikes, int[] labels, int[] shape, BandAxis bands) {

    static Truth read(Path file) throws SpectralFileException {
        JsonNode root = FitResultJson.read(file);
        double[][] spikes = root.has("spikes") ? FitResultJson.matrix(file, root.get("spikes"), "spikes") : null;
        int[] labels = root.has("labels") ? FitResultJson.intArray(file, root.get("labels"), "labels") : null;
        if (spikes == null && labels == null) {
            throw new SpectralFileException(file, "spikes/labels", "expected at least one of 'spikes' (K x d) and "
                    + "'labels' (one per pixel, row-major)");
        }
        int[] shape = root.has("shape") ? FitResultJson.intArray(file, root.get("shape"), "shape") : null;
        if (shape != null && (shape.length != 2 || (labels != null && (long) shape[0] * shape[1] != labels.length))) {
            throw new SpectralFileException(file, "shape", "expected [H, W] with H*W equal to the number of labels ("
                    + (labels == null ? "?" : labels.length) + ")");
        }
        BandAxis bands = null;
        JsonNode b = root.get("bands");
        if (b != null && b.isObject()) {
            try {
                bands = BandAxis.of(FitResultJson.doubles(file, b.get("values"), "bands.values"),
                        b.path("unit").asText(""));
            } catch (IllegalArgumentException e) {
                throw new SpectralFileException(file, "bands", e.getMessage());
            }
        }
        return new Truth(file, spikes, labels, shape, bands);
    }
}
