package io.spikemix.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.StoredGaussianMixture;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.model.FittedModel;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.smm.SpikedMixtureModel;

/**
 * The part of a fit result ({@link FitResultJson}) that lets {@code spikemix predict} rebuild the fitted model and the
 * normalization exactly: the SMM needs {@code spikes}, {@code pi}, {@code sigma2}; k-means {@code centroids} and
 * {@code pi}; the GMM also {@code means} and {@code covariances}; a normalized fit {@code normalization_model}.
 * Doubles are written in Java's shortest round-trip form, so reading gives the written bits back.
 *
 * <p>Covariances: K × d × d nested arrays when K·d² ≤ {@value #INLINE_COVARIANCE_VALUES}; above that (an IMS fit at
 * d = 843, K = 12 has 8.5 million values, about 170 MB as text) an object {@code {"encoding":
 * "base64-float64le-lower", "shape": [K, d, d], "data": "…"}} holding each component's lower triangle row by row
 * (Σ_00, Σ_10, Σ_11, Σ_20, …) as little-endian doubles: exact, and a quarter of the size.
 */
final class ModelJson {

    static final long INLINE_COVARIANCE_VALUES = 2_000_000;
    static final String PACKED = "base64-float64le-lower";

    private ModelJson() {
    }

    /** A model and normalization rebuilt from a result file, with the band axis the fit used. */
    record Restored(FitMethod method, FittedModel model, NormalizationModel normalization, double[] bands,
            String bandUnit) {
    }

    /** Adds what {@link #read} needs beyond the fields every result has. */
    static void write(ObjectNode root, FittedModel model, NormalizationModel normalization) {
        write(root, model, normalization, INLINE_COVARIANCE_VALUES);
    }

    static void write(ObjectNode root, FittedModel model, NormalizationModel normalization, long inlineLimit) {
        if (normalization != null) {
            root.set("normalization_model", NormalizationModelJson.toNode(normalization));
        }
        if (model instanceof GaussianMixtureModel gmm) {
            root.set("means", FitResultJson.matrix(gmm.means()));
            List<DMatrixRMaj> cov = gmm.covariances();
            int k = cov.size();
            int d = gmm.dimension();
            if ((long) k * d * d <= inlineLimit) {
                ArrayNode all = root.putArray("covariances");
                double[] row = new double[d];
                for (DMatrixRMaj m : cov) {
                    ArrayNode c = all.addArray();
                    for (int i = 0; i < d; i++) {
                        System.arraycopy(m.data, i * d, row, 0, d);
                        c.add(FitResultJson.array(row));
                    }
                }
            } else {
                ByteBuffer buf = ByteBuffer.allocate(Math.multiplyExact(8 * k, d * (d + 1) / 2))
                        .order(ByteOrder.LITTLE_ENDIAN);
                for (DMatrixRMaj m : cov) {
                    for (int i = 0; i < d; i++) {
                        for (int j = 0; j <= i; j++) {
                            buf.putDouble(m.data[i * d + j]);
                        }
                    }
                }
                ObjectNode packed = root.putObject("covariances");
                packed.put("encoding", PACKED);
                packed.set("shape", FitResultJson.ints(new int[] { k, d, d }));
                packed.put("data", Base64.getEncoder().encodeToString(buf.array()));
            }
        }
    }

    /**
     * Rebuilds the model of a {@code fit}/{@code segment} result; every problem is a {@link SpectralFileException}
     * naming the field.
     */
    static Restored read(Path file, JsonNode root) throws SpectralFileException {
        if (!FitResultJson.FORMAT.equals(root.path("format").asText())) {
            throw new SpectralFileException(file, "format", "expected \"" + FitResultJson.FORMAT
                    + "\" (a result of spikemix fit or segment)");
        }
        FitMethod method;
        try {
            method = FitMethod.parse(root.path("method").asText(""));
        } catch (IllegalArgumentException e) {
            throw new SpectralFileException(file, "method", e.getMessage());
        }
        double[] pi = FitResultJson.doubles(file, root.get("pi"), "pi");
        FittedModel model;
        try {
            model = switch (method) {
                case SMM -> SpikedMixtureModel.of(FitResultJson.matrix(file, root.get("spikes"), "spikes"), pi,
                        number(file, root, "sigma2"));
                case KMEANS -> KMeansModel.of(FitResultJson.matrix(file, root.get("centroids"), "centroids"), pi);
                case GMM -> {
                    double[][] means = FitResultJson.matrix(file, root.get("means"), "means");
                    yield StoredGaussianMixture.restore(pi, means,
                            covariances(file, root.get("covariances"), pi.length, means[0].length));
                }
            };
        } catch (IllegalArgumentException e) {
            throw new SpectralFileException(file, method.id() + " parameters", e.getMessage());
        }
        if (model.weights().length != pi.length) {
            throw new SpectralFileException(file, "pi", "expected one weight per component");
        }
        NormalizationModel normalization = null;
        if (root.hasNonNull("normalization_model")) {
            normalization = NormalizationModelJson.fromNode(file, root.get("normalization_model"),
                    "normalization_model.");
        } else if (!"none".equals(root.path("normalization").asText("none"))) {
            throw new SpectralFileException(file, "normalization_model", "expected the fitted "
                    + root.path("normalization").asText() + " normalization (results written before predict existed "
                    + "lack it; fit again)");
        }
        JsonNode bands = root.path("bands");
        double[] axis = FitResultJson.doubles(file, bands.get("values"), "bands.values");
        if (axis.length != model.dimension()) {
            throw new SpectralFileException(file, "bands.values", "expected " + model.dimension()
                    + " values (one per feature of the model), found " + axis.length);
        }
        return new Restored(method, model, normalization, axis, bands.path("unit").asText(""));
    }

    private static double number(Path file, JsonNode root, String field) throws SpectralFileException {
        JsonNode v = root.get(field);
        if (v == null || !v.isNumber()) {
            throw new SpectralFileException(file, field, "expected a number");
        }
        return v.asDouble();
    }

    /** K row-major d × d matrices from either form {@link #write} uses. */
    private static double[][] covariances(Path file, JsonNode node, int k, int d) throws SpectralFileException {
        if (node == null || node.isNull()) {
            throw new SpectralFileException(file, "covariances", "expected the GMM's " + k + " covariance matrices "
                    + "(results written before predict existed lack them; fit again)");
        }
        double[][] out = new double[k][d * d];
        if (node.isArray()) {
            if (node.size() != k) {
                throw new SpectralFileException(file, "covariances", "expected " + k + " matrices, found " + node.size());
            }
            for (int c = 0; c < k; c++) {
                double[][] m = FitResultJson.matrix(file, node.get(c), "covariances[" + c + "]");
                if (m.length != d || m[0].length != d) {
                    throw new SpectralFileException(file, "covariances[" + c + "]", "expected " + d + " x " + d
                            + " values, found " + m.length + " x " + m[0].length);
                }
                for (int i = 0; i < d; i++) {
                    System.arraycopy(m[i], 0, out[c], i * d, d);
                }
            }
            return out;
        }
        if (!PACKED.equals(node.path("encoding").asText())) {
            throw new SpectralFileException(file, "covariances.encoding", "expected \"" + PACKED + "\"");
        }
        int[] shape = FitResultJson.intArray(file, node.get("shape"), "covariances.shape");
        if (shape.length != 3 || shape[0] != k || shape[1] != d || shape[2] != d) {
            throw new SpectralFileException(file, "covariances.shape", "expected [" + k + ", " + d + ", " + d + "]");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(node.path("data").asText(""));
        } catch (IllegalArgumentException e) {
            throw new SpectralFileException(file, "covariances.data", "is not valid base64: " + e.getMessage());
        }
        long expected = 8L * k * d * (d + 1) / 2;
        if (bytes.length != expected) {
            throw new SpectralFileException(file, "covariances.data", "expected " + expected + " bytes, found "
                    + bytes.length);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j <= i; j++) {
                    double v = buf.getDouble();
                    out[c][i * d + j] = v;
                    out[c][j * d + i] = v;
                }
            }
        }
        return out;
    }
}
