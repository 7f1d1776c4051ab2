package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.render.PngImages;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;

class SegmentCommandTest {

    @TempDir
    Path dir;

    private Path[] synth() {
        Path cube = dir.resolve("cube.npy");
        Path truth = dir.resolve("truth.json");
        CliRun.Result r = CliRun.run("synth", "--out", cube.toString(), "--truth", truth.toString(), "--shape", "14x18",
                "--bands", "9", "--k", "3", "--seed", "2");
        assertEquals(0, r.code(), r.err());
        return new Path[] { cube, truth };
    }

    private CliRun.Result segment(Path cube, Path truth, Path out, String... extra) {
        String[] base = { "segment", "--input", cube.toString(), "--k", "3", "--seed", "3", "--threads", "1", "--truth",
                truth.toString(), "--out", out.toString() };
        return CliRun.run(FitCommandTest.concat(base, extra));
    }

    @Test
    void writesASelfContainedReportSummaryResultsFiguresAndSpikeTables() throws Exception {
        Path[] in = synth();
        Path out = dir.resolve("report");
        CliRun.Result r = segment(in[0], in[1], out);
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("report.html", "summary.json", "label-maps.png", "spectra-truth.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        for (String m : List.of("smm", "gmm", "kmeans")) {
            JsonNode res = CliRun.json(out.resolve("result-" + m + ".json"));
            assertEquals(m, res.get("method").asText());
            assertEquals(14 * 18, res.get("labels").size());
            PngImages.decode(Files.readAllBytes(out.resolve("spectra-" + m + ".png")));
            List<String> csv = Files.readAllLines(out.resolve("spikes-" + m + ".csv"));
            String[] header = csv.get(0).split(",");
            assertEquals(1 + 9, header.length);
            assertEquals(400.0, Double.parseDouble(header[1]), 1e-9, "header holds the band values (from the truth file)");
            assertEquals(res.get("active").size() + 1, csv.size());
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertFalse(html.contains("src=\"http"), "no external resources");
        assertFalse(html.contains("src=\"file"), "no links to local files");
        assertTrue(html.contains("Hausdorff") && html.contains("ARI"));
        JsonNode summary = CliRun.json(out.resolve("summary.json"));
        assertEquals(3, summary.get("methods").size());
        JsonNode smm = summary.get("methods").get(0);
        assertEquals("smm", smm.get("method").asText());
        assertTrue(smm.get("evaluation").get("ari").asDouble() > 0.5, "SMM recovers the regions of a low-noise phantom");
        assertTrue(smm.get("evaluation").get("hausdorff_abs_cosine").asDouble() < 0.05);
        assertEquals(14 * 18, summary.get("data").get("pixels_with_spectrum").asInt());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "temporary folder removed");
        }
    }

    @Test
    void replacesAnEarlierReportOnlyWhenForcedAndNeverAFolderWithOtherFiles() throws Exception {
        Path[] in = synth();
        Path out = dir.resolve("report");
        assertEquals(0, segment(in[0], in[1], out, "--methods", "gmm").code());
        CliRun.Result r = segment(in[0], in[1], out, "--methods", "kmeans");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--force"), r.err());
        assertTrue(Files.exists(out.resolve("result-gmm.json")));
        r = segment(in[0], in[1], out, "--methods", "kmeans", "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("result-kmeans.json")));
        assertFalse(Files.exists(out.resolve("result-gmm.json")), "the earlier report was replaced as a whole");

        Files.writeString(out.resolve("keep.txt"), "x");
        r = segment(in[0], in[1], out, "--methods", "kmeans", "--force");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("keep.txt"), r.err());
        assertTrue(Files.exists(out.resolve("keep.txt")), "a file SpikeMix did not write is never deleted");
    }

    @Test
    void cancellingLeavesNoOutputFolderAndNoTemporaryFiles() throws Exception {
        Path[] in = synth();
        Path out = dir.resolve("report");
        CliRun.Result r = CliRun.run(new AtomicBoolean(true), "segment", "--input", in[0].toString(), "--k", "3",
                "--out", out.toString());
        assertEquals(SpikeMixCommand.CANCELLED, r.code(), r.err());
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".report")));
        }
    }

    @Test
    void truthThatDoesNotFitTheInputIsRejectedNamingTheTruthFile() throws Exception {
        Path[] in = synth();
        Path other = dir.resolve("other.npy");
        CliRun.phantom(other, 5, 6, 9, 2, 1);
        CliRun.Result r = segment(other, in[1], dir.resolve("report"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("truth.json") && r.err().contains("labels"), r.err());
        assertFalse(Files.exists(dir.resolve("report")));
    }

    /**
     * Issue 7's agreement test: the engine path the KNIME nodes take (read, min-max normalization fitted on the
     * spectra, each fitter with the same options on the same matrix) and {@code segment} give identical labels, spikes
     * and noise variances.
     */
    @Test
    void segmentAgreesExactlyWithTheEnginePathOfTheNodes() throws Exception {
        Path[] in = synth();
        Path out = dir.resolve("report");
        CliRun.Result r = segment(in[0], in[1], out);
        assertEquals(0, r.code(), r.err());

        SpectralMatrix raw = NpyReader.read(in[0]).spectra();
        NormalizationModel norm = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE);
        SpectralMatrix data = norm.apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
        SpikedMixtureModel smm = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(3)
                .schedule(SieveSchedule.of(4, 10, 2, 300, 1e-7)).seed(3).threads(2).build()).fit(data, ProgressMonitor.NONE);
        GaussianMixtureModel gmm = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(3).seed(3).threads(2).build())
                .fit(data, ProgressMonitor.NONE);
        KMeansModel km = new KMeansFitter(KMeansOptions.builder().k(3).seed(3).threads(2).build()).fit(data, ProgressMonitor.NONE);

        JsonNode s = CliRun.json(out.resolve("result-smm.json"));
        assertArrayEquals(smm.labels(), CliRun.ints(s.get("labels")));
        assertArrayEquals(smm.spikes(), CliRun.matrix(s.get("spikes")));
        assertEquals(smm.sigma2(), s.get("sigma2").asDouble());

        JsonNode g = CliRun.json(out.resolve("result-gmm.json"));
        assertArrayEquals(gmm.labels(), CliRun.ints(g.get("labels")));
        assertArrayEquals(gmm.spectralGapSpikes().spikes(), CliRun.matrix(g.get("spikes")));
        assertEquals(gmm.spectralGapSpikes().sigma2(), g.get("sigma2").asDouble());

        JsonNode k = CliRun.json(out.resolve("result-kmeans.json"));
        assertArrayEquals(km.labels(), CliRun.ints(k.get("labels")));
        assertArrayEquals(km.centroids(), CliRun.matrix(k.get("centroids")));
    }

    /** Issue 15: the cost of each method is printed before it runs, and an over-budget GMM is fitted on a sample. */
    @Test
    void printsEachMethodsCostUpFrontAndFitsAnOverBudgetGmmOnASeededSampleThenAssignsEveryPixel() throws Exception {
        Path[] in = synth();
        Path out = dir.resolve("sampled");
        CliRun.Result r = segment(in[0], in[1], out, "--gmm-budget", "0.000001");
        assertEquals(0, r.code(), r.err());
        for (String m : List.of("smm", "gmm", "kmeans")) {
            assertTrue(r.err().contains("Estimated cost of " + m + ": up to "), r.err());
        }
        assertTrue(r.err().contains("fitting it on a random sample of 60 pixels"), r.err());
        JsonNode summary = CliRun.json(out.resolve("summary.json"));
        JsonNode gmm = summary.get("methods").get(1);
        assertEquals("gmm", gmm.get("method").asText());
        assertTrue(gmm.get("sampled").asBoolean());
        assertEquals(60, gmm.get("fitted_pixels").asInt(), "20 K pixels at the least");
        assertEquals(14 * 18, CliRun.json(out.resolve("result-gmm.json")).get("labels").size(), "every pixel assigned");
        assertFalse(summary.get("methods").get(0).get("sampled").asBoolean(), "the SMM fits all pixels");
        assertTrue(Files.readString(out.resolve("report.html")).contains("fitted on a seeded random sample of 60 of the 252"));

        Path again = dir.resolve("sampled-again");
        assertEquals(0, segment(in[0], in[1], again, "--gmm-sample", "60").code());
        assertArrayEquals(CliRun.ints(CliRun.json(out.resolve("result-gmm.json")).get("labels")),
                CliRun.ints(CliRun.json(again.resolve("result-gmm.json")).get("labels")),
                "the same seed draws the same sample; the explicit size gives the same fit");

        Path full = dir.resolve("full");
        assertEquals(0, segment(in[0], in[1], full).code());
        JsonNode fullGmm = CliRun.json(full.resolve("summary.json")).get("methods").get(1);
        assertFalse(fullGmm.get("sampled").asBoolean(), "within the default 10-minute budget nothing is sampled");
        assertEquals(14 * 18, fullGmm.get("fitted_pixels").asInt());
    }

    @Test
    void refusesANonPositiveGmmBudget() throws Exception {
        Path[] in = synth();
        CliRun.Result r = segment(in[0], in[1], dir.resolve("x"), "--gmm-budget", "0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("--gmm-budget: must be a positive number of minutes, got 0.0"), r.err());
    }

    /** Issue 16 item 3: a confidence map per soft method, next to the label maps, and its means in the summary. */
    @Test
    void showsHowSureEachLabelIsForTheSoftMethods() throws Exception {
        Path[] in = synth();
        Path out = dir.resolve("confidence");
        assertEquals(0, segment(in[0], in[1], out).code());
        JsonNode methods = CliRun.json(out.resolve("summary.json")).get("methods");
        for (int i = 0; i < 2; i++) {
            JsonNode m = methods.get(i);
            double c = m.get("mean_confidence").asDouble();
            double h = m.get("mean_entropy").asDouble();
            assertTrue(c >= 1.0 / 3 && c <= 1, m.get("method") + " mean confidence " + c);
            assertTrue(h >= 0 && h <= 1, m.get("method") + " mean entropy " + h);
            PngImages.decode(Files.readAllBytes(out.resolve(m.get("confidence_map").asText())));
        }
        assertFalse(methods.get(2).has("mean_confidence"), "k-means labels are hard");
        assertFalse(Files.exists(out.resolve("confidence-kmeans.png")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("How sure each label is"));
    }
}
