package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;

/**
 * The JSON form of a fitted normalization, written by {@code spikemix normalize --model}:
 *
 * <pre>
 * { "format": "spikemix-normalization", "version": 1, "method": "minmax", "feature_count": 3,
 *   "feature_min": [...], "feature_max": [...], "reference_scale": 1.0, "constant_features": [2],
 *   "masked_rows": 0, "skipped_rows": 0 }
 * </pre>
 *
 * {@code masked_rows} and {@code skipped_rows} are counts from the run that fitted the model; {@link #read} uses only
 * the method and the statistics.
 */
final class NormalizationModelJson {

    static final String FORMAT = "spikemix-normalization";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NormalizationModelJson() {
    }

    static byte[] toBytes(NormalizationModel model, NormalizationResult result) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.setAll(toNode(model));
        root.put("masked_rows", result.maskedRows().length);
        root.put("skipped_rows", result.skippedRows().length);
        return MAPPER.writeValueAsBytes(root);
    }

    /**
     * The statistics of a model: {@code method, feature_count, feature_min, feature_max, reference_scale,
     * constant_features}; also embedded as {@code normalization_model} in fit results, so that {@code predict}
     * normalizes new data exactly as the fit did.
     */
    static ObjectNode toNode(NormalizationModel model) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("method", model.method().id());
        node.put("feature_count", model.featureCount());
        ArrayNode min = node.putArray("feature_min");
        for (double v : model.featureMin()) {
            min.add(v);
        }
        ArrayNode max = node.putArray("feature_max");
        for (double v : model.featureMax()) {
            max.add(v);
        }
        node.put("reference_scale", model.referenceScale());
        ArrayNode constant = node.putArray("constant_features");
        for (int f : model.constantFeatures()) {
            constant.add(f);
        }
        return node;
    }

    /** Reads a model file; every problem is a {@link SpectralFileException} naming the JSON field. */
    static NormalizationModel read(Path file) throws SpectralFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new SpectralFileException(file, null, "is not a readable JSON file: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new SpectralFileException(file, "format", "expected \"" + FORMAT + "\"");
        }
        return fromNode(file, root, "");
    }

    /**
     * The model held by {@code node} (as written by {@link #toNode}); {@code prefix} is prepended to field names in
     * messages (e.g. {@code "normalization_model."}).
     */
    static NormalizationModel fromNode(Path file, JsonNode node, String prefix) throws SpectralFileException {
        NormalizationMethod method;
        try {
            method = NormalizationMethod.parse(node.path("method").asText(null));
        } catch (IllegalArgumentException e) {
            throw new SpectralFileException(file, prefix + "method", e.getMessage());
        }
        double[] min = doubles(file, node, prefix, "feature_min");
        double[] max = doubles(file, node, prefix, "feature_max");
        JsonNode scale = node.get("reference_scale");
        if (scale == null || !scale.isNumber()) {
            throw new SpectralFileException(file, prefix + "reference_scale", "expected a number");
        }
        try {
            return NormalizationModel.restore(method, min, max, scale.asDouble());
        } catch (IllegalArgumentException e) {
            throw new SpectralFileException(file, prefix + "feature_min/feature_max/reference_scale", e.getMessage());
        }
    }

    private static double[] doubles(Path file, JsonNode root, String prefix, String field)
            throws SpectralFileException {
        JsonNode a = root.get(field);
        if (a == null || !a.isArray()) {
            throw new SpectralFileException(file, prefix + field, "expected an array of numbers");
        }
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new SpectralFileException(file, prefix + field + "[" + i + "]", "expected a number, found "
                        + a.get(i));
            }
            v[i] = a.get(i).asDouble();
        }
        return v;
    }
}
