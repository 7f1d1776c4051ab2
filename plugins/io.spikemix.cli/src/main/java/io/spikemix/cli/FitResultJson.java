package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.SpectralFileException;

/**
 * The {@code spikemix fit} JSON contract (also {@code result-<method>.json} of {@code segment}); other tools read
 * it, so fields are only ever added:
 *
 * <pre>
 * format "spikemix-fit", version 1, method "smm"|"gmm"|"kmeans", k,
 * spikes      K × d, in the units of the fitted data (after --normalize)
 * pi          K weights; sigma2 the noise variance; active the indices of non-zero spikes
 * loglik      final total log-likelihood (null for kmeans); loglik_trace one entry per iteration, entry 0 the start
 * iterations, converged
 * labels      one cluster id per pixel, row-major over shape, -1 for pixels without a spectrum
 * timing      {total_s, per_iteration_s}; threads
 * shape       [H, W] (a table of N spectra is [N, 1]); bands {values, unit}
 * normalization, seed, input; smm: preset
 * gmm, kmeans: spectral_gap_ok (eq. 19 holds), violating_components, and sigma2/spikes from eqs. 20–21
 * kmeans:     centroids, inertia
 * gmm:        means, covariances (see {@link ModelJson}); normalized fits: normalization_model (what predict needs)
 * spatial     {beta, beta_choice "given"|"auto", neighbours 4|8, objective "loglik"|"penalised"}: the spatial
 *             regularisation used (method.md §8); with beta &gt; 0 loglik and loglik_trace hold the penalised
 *             criterion U of eq. 36 (objective "penalised"); kmeans: {beta 0, applicable false}
 * </pre>
 */
final class FitResultJson {

    static final String FORMAT = "spikemix-fit";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FitResultJson() {
    }

    static ObjectNode toJson(FitOutcome o, PreparedInput in, FitSettings s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("method", o.method().id());
        root.put("k", o.k());
        root.set("spikes", matrix(o.spikes()));
        root.set("pi", array(o.pi()));
        root.put("sigma2", o.sigma2());
        root.set("active", ints(o.active()));
        number(root, "loglik", o.logLikelihood());
        root.set("loglik_trace", array(o.trace()));
        root.put("iterations", o.iterations());
        root.put("converged", o.converged());
        SpectralCube cube = in.cube();
        root.set("labels", ints(cube.toImage(o.labelsPerRow(), -1)));
        ObjectNode timing = root.putObject("timing");
        timing.put("total_s", o.seconds());
        timing.put("per_iteration_s", o.secondsPerIteration());
        root.put("threads", s.threads());
        root.set("shape", ints(new int[] { cube.height(), cube.width() }));
        root.set("bands", bands(cube.bands()));
        root.put("normalization", in.normalizationId());
        root.put("seed", s.seed());
        root.put("input", in.file().toString());
        if (o.method() == FitMethod.SMM) {
            root.put("preset", s.noSieve() ? "none (--no-sieve)" : s.preset());
        }
        if (o.spectralGapOk() != null) {
            root.put("spectral_gap_ok", o.spectralGapOk());
            root.set("violating_components", ints(o.violating()));
        }
        if (o.centroids() != null) {
            root.set("centroids", matrix(o.centroids()));
            root.put("inertia", o.inertia());
        }
        root.set("spatial", spatial(o.spatial()));
        ModelJson.write(root, o.model(), in.normalization());
        return root;
    }

    /** The {@code spatial} object of the contract, also used in {@code segment}'s summary.json. */
    static ObjectNode spatial(SpatialUse use) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("beta", use.beta());
        n.put("beta_choice", use.auto() ? "auto" : "given");
        n.put("neighbours", use.neighbourhood().size());
        n.put("objective", use.penalised() ? "penalised" : "loglik");
        n.put("applicable", use.applicable());
        return n;
    }

    static ObjectNode bands(BandAxis axis) {
        ObjectNode b = MAPPER.createObjectNode();
        b.set("values", array(axis.values()));
        b.put("unit", axis.unit());
        return b;
    }

    static void number(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    static ArrayNode array(double[] v) {
        ArrayNode a = MAPPER.createArrayNode();
        for (double x : v) {
            if (Double.isFinite(x)) {
                a.add(x);
            } else {
                a.addNull();
            }
        }
        return a;
    }

    static ArrayNode ints(int[] v) {
        ArrayNode a = MAPPER.createArrayNode();
        for (int x : v) {
            a.add(x);
        }
        return a;
    }

    static ArrayNode matrix(double[][] m) {
        ArrayNode a = MAPPER.createArrayNode();
        for (double[] row : m) {
            a.add(array(row));
        }
        return a;
    }

    /** Writes {@code node} to {@code file} atomically (temporary file, then rename). */
    static void write(ObjectNode node, Path file) throws IOException, io.spikemix.engine.progress.CanceledException {
        byte[] bytes = MAPPER.writeValueAsBytes(node);
        io.spikemix.engine.io.AtomicFiles.write(file, tmp -> Files.write(tmp, bytes));
    }

    /** Reads a JSON file; a parse error is a {@link SpectralFileException} naming the file. */
    static JsonNode read(Path file) throws SpectralFileException {
        if (!Files.isRegularFile(file)) {
            throw new SpectralFileException(file, "file", "expected an existing JSON file, found none");
        }
        try {
            JsonNode n = MAPPER.readTree(Files.readAllBytes(file));
            if (n == null || !n.isObject()) {
                throw new SpectralFileException(file, null, "expected a JSON object");
            }
            return n;
        } catch (IOException e) {
            if (e instanceof SpectralFileException) {
                throw (SpectralFileException) e;
            }
            throw new SpectralFileException(file, null, "is not a readable JSON file: " + e.getMessage(), e);
        }
    }

    /** The numbers of array field {@code field}. */
    static double[] doubles(Path file, JsonNode a, String field) throws SpectralFileException {
        if (a == null || !a.isArray()) {
            throw new SpectralFileException(file, field, "expected an array of numbers");
        }
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = a.get(i);
            if (!x.isNumber()) {
                throw new SpectralFileException(file, field + "[" + i + "]", "expected a number, found " + x);
            }
            v[i] = x.asDouble();
        }
        return v;
    }

    static int[] intArray(Path file, JsonNode a, String field) throws SpectralFileException {
        double[] d = doubles(file, a, field);
        int[] v = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i])) {
                throw new SpectralFileException(file, field + "[" + i + "]", "expected an integer, found " + d[i]);
            }
            v[i] = (int) d[i];
        }
        return v;
    }

    static double[][] matrix(Path file, JsonNode a, String field) throws SpectralFileException {
        if (a == null || !a.isArray()) {
            throw new SpectralFileException(file, field, "expected an array of arrays of numbers (K x d)");
        }
        double[][] m = new double[a.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = doubles(file, a.get(i), field + "[" + i + "]");
            if (m[i].length != m[0].length) {
                throw new SpectralFileException(file, field + "[" + i + "]", "expected " + m[0].length
                        + " values like row 0, found " + m[i].length);
            }
        }
        return m;
    }
}
