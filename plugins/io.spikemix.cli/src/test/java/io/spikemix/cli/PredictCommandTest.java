package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/**
 * {@code spikemix predict} applies a fit's result file to a cube: on the fit's own cube it reproduces the result's
 * labels exactly for every method and normalization, it refuses a cube on another band axis naming both axes, and it
 * never starts on a file that is not a result.
 */
class PredictCommandTest {

    private static final int H = 14;
    private static final int W = 16;
    private static final int B = 12;
    private static final int K = 3;

    @TempDir
    Path dir;

    /** A noisy phantom (σ² = 0.1) with three pixels without a spectrum, so masked pixels and soft labels occur. */
    private Path cube(String name, int bands, long seed) throws Exception {
        SpikedPhantom p = SpikedPhantom.generate(new PhantomOptions(H, W, bands, K, 0.1, seed));
        int[] keep = IntStream.range(0, H * W).filter(i -> i != 0 && i != 21 && i != H * W - 1).toArray();
        SpectralMatrix all = p.cube().spectra();
        SpectralMatrix kept = SpectralMatrix.allocate(keep.length, bands);
        float[] row = new float[bands];
        for (int i = 0; i < keep.length; i++) {
            all.getRow(keep[i], row);
            // a positive offset keeps l1/TIC norms positive, so every normalization applies to every pixel
            for (int b = 0; b < bands; b++) {
                row[b] += 2f;
            }
            kept.setRow(i, row);
        }
        Path f = dir.resolve(name);
        NpyWriter.write(f, SpectralCube.masked(H, W, kept, keep, p.cube().bands(), Map.of()), ProgressMonitor.NONE);
        return f;
    }

    @ParameterizedTest(name = "{0}, --normalize {1}")
    @CsvSource({ "smm, none", "smm, tic", "smm, minmax", "gmm, none", "gmm, l1", "kmeans, none", "kmeans, minmax" })
    void reproducesTheLabelsOfTheFitsOwnResultExactly(String method, String normalize) throws Exception {
        Path in = cube("cube.npy", B, 5);
        Path result = dir.resolve("result.json");
        CliRun.Result fit = CliRun.run("fit", "--method", method, "--input", in.toString(), "--k", String.valueOf(K),
                "--seed", "2", "--preset", "quick", "--normalize", normalize, "--threads", "2", "--out",
                result.toString());
        assertEquals(0, fit.code(), fit.err());
        Path labels = dir.resolve("labels.json");
        CliRun.Result predict = CliRun.run("predict", "--model", result.toString(), "--input", in.toString(),
                "--threads", "3", "--out", labels.toString());
        assertEquals(0, predict.code(), predict.err());
        JsonNode fitted = CliRun.json(result);
        JsonNode predicted = CliRun.json(labels);
        assertEquals("spikemix-labels", predicted.get("format").asText());
        assertEquals(method, predicted.get("method").asText());
        assertEquals(normalize, predicted.get("normalization").asText());
        assertArrayEquals(CliRun.ints(fitted.get("shape")), CliRun.ints(predicted.get("shape")));
        int[] expected = CliRun.ints(fitted.get("labels"));
        assertArrayEquals(expected, CliRun.ints(predicted.get("labels")));
        assertEquals(-1, expected[0], "masked pixels stay -1");
        assertTrue(IntStream.of(expected).distinct().count() > 2, "the labels must not be trivial");
    }

    /** segment writes the same result files; its GMM fitted on a sample still labels every pixel as predict does. */
    @Test
    void reproducesTheLabelsOfEverySegmentResultIncludingASampledGmm() throws Exception {
        Path in = cube("cube.npy", B, 6);
        Path report = dir.resolve("report");
        CliRun.Result seg = CliRun.run("segment", "--input", in.toString(), "--k", "3", "--gmm-sample", "120",
                "--out", report.toString());
        assertEquals(0, seg.code(), seg.err());
        for (String method : new String[] { "smm", "gmm", "kmeans" }) {
            Path result = report.resolve("result-" + method + ".json");
            Path labels = dir.resolve("labels-" + method + ".json");
            CliRun.Result r = CliRun.run("predict", "--model", result.toString(), "--input", in.toString(), "--out",
                    labels.toString());
            assertEquals(0, r.code(), r.err());
            assertArrayEquals(CliRun.ints(CliRun.json(result).get("labels")), CliRun.ints(CliRun.json(labels)
                    .get("labels")), method);
        }
    }

    @Test
    void responsibilitiesOnRequestAreDistributionsWhoseArgmaxIsTheLabel() throws Exception {
        Path in = cube("cube.npy", B, 5);
        Path result = dir.resolve("result.json");
        assertEquals(0, CliRun.run("fit", "--method", "smm", "--input", in.toString(), "--k", "3", "--preset", "quick",
                "--out", result.toString()).code());
        Path labels = dir.resolve("labels.json");
        CliRun.Result r = CliRun.run("predict", "--model", result.toString(), "--input", in.toString(),
                "--responsibilities", "--out", labels.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = CliRun.json(labels);
        int[] l = CliRun.ints(j.get("labels"));
        JsonNode resp = j.get("responsibilities");
        assertEquals(H * W, resp.size());
        int soft = 0;
        for (int p = 0; p < H * W; p++) {
            if (l[p] < 0) {
                assertTrue(resp.get(p).isNull() && j.get("confidence").get(p).isNull(), "pixel " + p);
                continue;
            }
            double[] rho = CliRun.doubles(resp.get(p));
            assertEquals(1.0, rho[0] + rho[1] + rho[2], 1e-12, "pixel " + p);
            int best = rho[1] > rho[0] ? 1 : 0;
            best = rho[2] > rho[best] ? 2 : best;
            assertEquals(l[p], best, "pixel " + p);
            assertEquals(rho[best], j.get("confidence").get(p).asDouble(), 0.0);
            soft += rho[best] < 0.999 ? 1 : 0;
        }
        assertTrue(soft > 0, "some pixel must have a soft assignment for this test to mean anything");
    }

    @Test
    void aCubeOnAnotherBandAxisIsRefusedNamingBothAxes() throws Exception {
        Path in = cube("cube.npy", B, 5);
        Path other = cube("wider.npy", B + 1, 5);
        Path result = dir.resolve("result.json");
        assertEquals(0, CliRun.run("fit", "--method", "kmeans", "--input", in.toString(), "--k", "3", "--out",
                result.toString()).code());
        Path labels = dir.resolve("labels.json");
        CliRun.Result r = CliRun.run("predict", "--model", result.toString(), "--input", other.toString(), "--out",
                labels.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(B + " bands") && r.err().contains((B + 1) + " bands"), r.err());
        assertTrue(r.err().contains("wider.npy"), r.err());
        assertFalse(Files.exists(labels), "nothing is written on refusal");
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aSpatialResultIsAppliedWithoutTheNeighbourhoodTermAndSaysSo() throws Exception {
        Path in = cube("cube.npy", B, 5);
        Path result = dir.resolve("result.json");
        CliRun.Result fit = CliRun.run("fit", "--method", "smm", "--input", in.toString(), "--k", "3", "--preset",
                "quick", "--spatial-beta", "1", "--out", result.toString());
        assertEquals(0, fit.code(), fit.err());
        Path labels = dir.resolve("labels.json");
        CliRun.Result r = CliRun.run("predict", "--model", result.toString(), "--input", in.toString(), "--out",
                labels.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("spatial EM (beta = 1.000)"), r.out());
        assertEquals(H * W, CliRun.ints(CliRun.json(labels).get("labels")).length);
    }

    /** segment takes a .npy's wavelengths from its truth file; the bare .npy (band indices only) still predicts. */
    @Test
    void aCubeWithoutBandAxisIsTakenOnTheModelsAxisWhenTheCountsAgree() throws Exception {
        Path in = cube("cube.npy", B, 5);
        Path result = dir.resolve("result.json");
        assertEquals(0, CliRun.run("fit", "--method", "kmeans", "--input", in.toString(), "--k", "3", "--out",
                result.toString()).code());
        ObjectNode j = (ObjectNode) CliRun.json(result);
        ObjectNode bands = (ObjectNode) j.get("bands");
        com.fasterxml.jackson.databind.node.ArrayNode values = bands.putArray("values");
        for (int b = 0; b < B; b++) {
            values.add(400.0 + 10 * b);
        }
        bands.put("unit", "nm");
        Files.writeString(result, j.toString());
        Path labels = dir.resolve("labels.json");
        CliRun.Result r = CliRun.run("predict", "--model", result.toString(), "--input", in.toString(), "--out",
                labels.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("has no band axis"), r.out());
        assertArrayEquals(CliRun.ints(j.get("labels")), CliRun.ints(CliRun.json(labels).get("labels")));
    }

    @Test
    void aFileThatIsNotAResultIsRefusedNamingTheField() throws Exception {
        Path in = cube("cube.npy", B, 5);
        Path bogus = dir.resolve("bogus.json");
        Files.writeString(bogus, "{\"format\": \"spikemix-truth\", \"labels\": [1]}");
        CliRun.Result r = CliRun.run("predict", "--model", bogus.toString(), "--input", in.toString(), "--out",
                dir.resolve("labels.json").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bogus.json") && r.err().contains("format"), r.err());
    }

    @Test
    void aNormalizedResultWithoutItsNormalizationModelIsRefused() throws Exception {
        Path in = cube("cube.npy", B, 5);
        Path result = dir.resolve("result.json");
        assertEquals(0, CliRun.run("fit", "--method", "kmeans", "--input", in.toString(), "--k", "3", "--normalize",
                "tic", "--out", result.toString()).code());
        ObjectNode j = (ObjectNode) CliRun.json(result);
        j.remove("normalization_model");
        Files.writeString(result, j.toString());
        CliRun.Result r = CliRun.run("predict", "--model", result.toString(), "--input", in.toString(), "--out",
                dir.resolve("labels.json").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("normalization_model"), r.err());
    }

    /** Covariances too large to inline are stored packed; both forms rebuild the same model bit for bit. */
    @Test
    void packedCovariancesRestoreTheSameModelAsInlineOnes() throws Exception {
        SpikedPhantom p = SpikedPhantom.generate(new PhantomOptions(H, W, B, K, 0.1, 9));
        SpectralMatrix data = p.cube().spectra();
        GaussianMixtureModel gmm = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(K).seed(1).build())
                .fit(data, ProgressMonitor.NONE);
        ObjectNode inline = base(gmm, p.cube().bands());
        ObjectNode packed = base(gmm, p.cube().bands());
        ModelJson.write(inline, gmm, null, Long.MAX_VALUE);
        ModelJson.write(packed, gmm, null, 0);
        assertTrue(inline.get("covariances").isArray());
        assertEquals(ModelJson.PACKED, packed.get("covariances").get("encoding").asText());
        Path f = dir.resolve("m.json");
        double[] a = ModelJson.read(f, inline).model().responsibilities(data, 1, ProgressMonitor.NONE);
        double[] b = ModelJson.read(f, packed).model().responsibilities(data, 1, ProgressMonitor.NONE);
        assertArrayEquals(a, b);
        assertArrayEquals(gmm.labels(), ModelJson.read(f, packed).model().labels(data, 2, ProgressMonitor.NONE));
    }

    private static ObjectNode base(GaussianMixtureModel gmm, BandAxis bands) {
        ObjectNode root = FitResultJson.MAPPER.createObjectNode();
        root.put("format", FitResultJson.FORMAT);
        root.put("method", "gmm");
        root.set("pi", FitResultJson.array(gmm.weights()));
        root.set("bands", FitResultJson.bands(bands));
        root.put("normalization", "none");
        return root;
    }
}
