package io.spikemix.cli;

import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;

import io.spikemix.engine.io.SpectralFileException;

/**
 * A label map read from a {@code fit}/{@code segment} result ({@code labels}, -1 = masked, {@code shape}) or a truth
 * file ({@code labels} 1..K, 0 = unlabelled, shown as masked).
 *
 * @param title  the method's name, "Truth", or the file name
 * @param labels one id per pixel, row-major, negative = masked
 * @param shape  [H, W] from the file, or null
 */
record LabelsFile(String title, int[] labels, int[] shape) {

    static LabelsFile read(Path file) throws SpectralFileException {
        JsonNode root = FitResultJson.read(file);
        if (!root.has("labels")) {
            throw new SpectralFileException(file, "labels", "expected one label per pixel (row-major)");
        }
        int[] labels = FitResultJson.intArray(file, root.get("labels"), "labels");
        int[] shape = root.has("shape") ? FitResultJson.intArray(file, root.get("shape"), "shape") : null;
        String title;
        if ("spikemix-truth".equals(root.path("format").asText()) || !root.has("method")) {
            title = "spikemix-truth".equals(root.path("format").asText()) ? "Truth" : file.getFileName().toString();
            // truth labels: 0 is "unlabelled"
            labels = Arrays.stream(labels).map(l -> l > 0 ? l : -1).toArray();
        } else {
            try {
                title = FitMethod.parse(root.get("method").asText()).label();
            } catch (IllegalArgumentException e) {
                title = root.get("method").asText();
            }
        }
        return new LabelsFile(title, labels, shape);
    }
}
