package io.spikemix.cli;

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
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.render.PngImages;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;

/** {@code spikemix scan-k}: the files it writes, agreement with single fits, and the inputs it refuses up front. */
class ScanKCommandTest {

    @TempDir
    Path dir;

    /** A 3-region phantom (24 × 24, 12 bands, σ² = 0.01) as .npy. */
    private Path cube() throws Exception {
        Path cube = dir.resolve("cube.npy");
        CliRun.phantom(cube, 24, 24, 12, 3, 4);
        return cube;
    }

    /**
     * Without normalisation the phantom's pixels lie on lines through the origin, as the SMM assumes, and its BIC picks
     * the true K = 3. (Min-max normalisation shifts the origin, and the SMM's BIC then over-shoots; see
     * releng/bench/KSCAN.md.)
     */
    @Test
    void writesScanJsonPlotAndReportAndRecommendsTheTrueKForTheSmm() throws Exception {
        Path cube = cube();
        Path out = dir.resolve("scan");
        CliRun.Result r = CliRun.run("scan-k", "--input", cube.toString(), "--k", "1:5", "--seed", "2", "--threads", "1",
                "--normalize", "none", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Estimated cost of smm K 1:5"), r.err());
        assertTrue(r.out().contains("<- recommended"), r.out());
        JsonNode scan = CliRun.json(out.resolve("scan.json"));
        JsonNode smm = scan.get("methods").get("smm");
        assertEquals(List.of(1, 2, 3, 4, 5), java.util.Arrays.stream(CliRun.ints(smm.get("k"))).boxed().toList());
        assertEquals(3, smm.get("recommended_k").asInt(), smm.toString());
        assertEquals("bic", smm.get("criterion").asText());
        assertEquals(5, smm.get("bic").size());
        assertEquals(5, scan.get("methods").get("gmm").get("icl").size());
        JsonNode km = scan.get("methods").get("kmeans");
        assertTrue(km.get("silhouette").get(0).isNull(), "K = 1 has no silhouette");
        assertEquals("silhouette", km.get("criterion").asText());
        assertEquals(576, smm.get("pixels").asInt());
        assertEquals(900, PngImages.decode(Files.readAllBytes(out.resolve("scan.png"))).getHeight(), "three panels of 300");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,") && html.contains("recommended K"));
        assertFalse(html.contains("src=\"http"), "no external resources");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "temporary folder removed");
        }
    }

    /** The scan's K = 3 log-likelihood is the single SMM fit's at K = 3 with the same normalisation, preset and seed. */
    @Test
    void eachKIsTheFitSegmentWouldMake() throws Exception {
        Path cube = cube();
        Path out = dir.resolve("scan");
        assertEquals(0, CliRun.run("scan-k", "--input", cube.toString(), "--k", "2:4", "--methods", "smm", "--seed", "5",
                "--out", out.toString()).code());
        SpectralMatrix raw = NpyReader.read(cube).spectra();
        SpectralMatrix data = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT,
                ProgressMonitor.NONE).apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
        SpikedMixtureModel m = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(3)
                .schedule(SieveSchedule.of(4, 10, 2, 300, 1e-7)).seed(5).threads(1).build()).fit(data, ProgressMonitor.NONE);
        JsonNode smm = CliRun.json(out.resolve("scan.json")).get("methods").get("smm");
        assertEquals(m.logLikelihood(), smm.get("loglik").get(1).asDouble(), 0);
        assertEquals(1, CliRun.json(out.resolve("scan.json")).get("methods").size(), "only the requested method");
    }

    @Test
    void withoutOutItOnlyPrintsTheTable() throws Exception {
        Path cube = cube();
        CliRun.Result r = CliRun.run("scan-k", "--input", cube.toString(), "--k", "2:3", "--methods", "kmeans");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("silhouette") && r.out().contains("recommended K ="), r.out());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "nothing written next to the input");
        }
    }

    @Test
    void badRangesAreRefusedWithOneLineBeforeAnyFit() throws Exception {
        Path cube = cube();
        CliRun.Result r = CliRun.run("scan-k", "--input", cube.toString(), "--k", "5:3");
        assertEquals(1, r.code());
        assertEquals("spikemix scan-k: --k: The K range must have min <= max. Got 5:3 instead.", r.err().strip());
        r = CliRun.run("scan-k", "--input", cube.toString(), "--k", "two:8");
        assertEquals(1, r.code());
        assertTrue(r.err().strip().endsWith("Got 'two:8' instead."), r.err());
        r = CliRun.run("scan-k", "--input", cube.toString(), "--k", "2:600");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--k: the range 2:600 goes beyond the 576 pixels"), r.err());
        assertFalse(r.err().contains("Estimated cost"), "refused before the cost and the fits");
        r = CliRun.run("scan-k", "--input", cube.toString(), "--k", "2:3", "--methods", "smm,pca");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("pca"), r.err());
    }

    @Test
    void cancellingLeavesNoOutputFolder() throws Exception {
        Path cube = cube();
        Path out = dir.resolve("scan");
        CliRun.Result r = CliRun.run(new AtomicBoolean(true), "scan-k", "--input", cube.toString(), "--k", "2:4",
                "--out", out.toString());
        assertEquals(SpikeMixCommand.CANCELLED, r.code(), r.err());
        assertFalse(Files.exists(out));
    }
}
