package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.evaluate.ClusteringScores;
import io.spikemix.engine.evaluate.Hausdorff;
import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.render.ComparisonPanel;
import io.spikemix.engine.render.LabelMap;
import io.spikemix.engine.render.LabelMapRenderer;
import io.spikemix.engine.render.PngImages;

class RenderEvaluateCommandTest {

    private static final int H = 12;
    private static final int W = 16;

    @TempDir
    Path dir;

    private Path[] synthAndFit() throws Exception {
        Path cube = dir.resolve("cube.npy");
        Path truth = dir.resolve("truth.json");
        assertEquals(0, CliRun.run("synth", "--out", cube.toString(), "--truth", truth.toString(), "--shape", H + "x" + W,
                "--bands", "8", "--k", "3", "--seed", "4").code());
        Path result = dir.resolve("smm.json");
        CliRun.Result r = CliRun.run("fit", "--method", "smm", "--input", cube.toString(), "--k", "3", "--preset", "quick",
                "--out", result.toString());
        assertEquals(0, r.code(), r.err());
        return new Path[] { cube, truth, result };
    }

    @Test
    void relabelledCopyOfASegmentationIsDrawnInTheSameColours() throws Exception {
        Path[] f = synthAndFit();
        JsonNode truth = CliRun.json(f[1]);
        int[] labels = CliRun.ints(truth.get("labels"));
        int[] permuted = Arrays.stream(labels).map(l -> (l * 2) % 7).toArray(); // 1,2,3 -> 2,4,6
        ObjectNode copy = new ObjectMapper().createObjectNode();
        copy.put("method", "kmeans");
        copy.set("labels", FitResultJson.ints(permuted));
        copy.set("shape", FitResultJson.ints(new int[] { H, W }));
        Path copyFile = dir.resolve("copy.json");
        Files.write(copyFile, new ObjectMapper().writeValueAsBytes(copy));
        Path png = dir.resolve("panel.png");
        CliRun.Result r = CliRun.run("render", "--labels", f[1].toString(), "--labels", copyFile.toString(), "--scale", "3",
                "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = PngImages.decode(Files.readAllBytes(png));
        ComparisonPanel.Panel expected = new ComparisonPanel(LabelMapRenderer.builder().scale(3).build(), true).render(List.of(
                new ComparisonPanel.Entry("Truth", LabelMap.of(H, W, labels)),
                new ComparisonPanel.Entry("k-means", LabelMap.of(H, W, permuted))));
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int left = img.getRGB(expected.xOffset()[0] + expected.layouts().get(0).imageX(x) + 1,
                        expected.layouts().get(0).imageY(y) + 1);
                int right = img.getRGB(expected.xOffset()[1] + expected.layouts().get(1).imageX(x) + 1,
                        expected.layouts().get(1).imageY(y) + 1);
                assertEquals(left, right, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void renderRejectsMapsOfDifferentShapes() throws Exception {
        Path[] f = synthAndFit();
        CliRun.Result r = CliRun.run("render", "--labels", f[2].toString(), "--shape", "10x10", "--out", dir.resolve("p.png").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("smm.json"), r.err());
    }

    @Test
    void evaluateReportsTheEngineScoresForJsonAndNpyTruth() throws Exception {
        Path[] f = synthAndFit();
        Path out = dir.resolve("eval.json");
        CliRun.Result r = CliRun.run("evaluate", "--result", f[2].toString(), "--truth", f[1].toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode e = CliRun.json(out);
        JsonNode truth = CliRun.json(f[1]);
        JsonNode result = CliRun.json(f[2]);
        int[] truthLabels = CliRun.ints(truth.get("labels"));
        ClusteringScores s = ClusteringScores.of(truthLabels, CliRun.ints(result.get("labels")));
        assertEquals(s.adjustedRandIndex(), e.get("clustering").get("ari").asDouble());
        assertEquals(s.normalizedMutualInformation(), e.get("clustering").get("nmi").asDouble());
        double[][] est = Arrays.stream(CliRun.matrix(result.get("spikes")))
                .filter(x -> Arrays.stream(x).anyMatch(v -> v != 0)).toArray(double[][]::new);
        assertEquals(Hausdorff.distance(CliRun.matrix(truth.get("spikes")), est, SpikeDistance.ABS_COSINE),
                e.get("hausdorff").get("abs_cosine").asDouble());
        assertEquals(Math.min(3, est.length), e.get("matched_pairs").get("sqe").size());
        assertTrue(r.out().contains("ARI"));

        Path npy = dir.resolve("truth-labels.npy");
        NpyWriter.writeInt32(npy, truthLabels, H, W);
        r = CliRun.run("evaluate", "--result", f[2].toString(), "--truth", npy.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "ARI %.4f", s.adjustedRandIndex())), r.out());
    }

    @Test
    void evaluateRejectsTruthThatFitsNeitherLabelsNorSpikes() throws Exception {
        Path[] f = synthAndFit();
        Path npy = dir.resolve("odd.npy");
        NpyWriter.writeInt32(npy, new int[15], 3, 5);
        CliRun.Result r = CliRun.run("evaluate", "--result", f[2].toString(), "--truth", npy.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("odd.npy"), r.err());
    }
}
