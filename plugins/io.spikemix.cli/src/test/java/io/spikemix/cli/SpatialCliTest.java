package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.spatial.Neighbourhood;
import io.spikemix.engine.spatial.PottsPseudoLikelihood;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.engine.spatial.SpatialOptions;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/**
 * {@code --spatial-beta} and {@code --neighbours} of {@code fit} and {@code segment} (neighbourhood EM, method.md
 * §8): the JSON records the β used, the fit is the engine's, β = 0 changes nothing, {@code auto} takes the Potts
 * pseudo-likelihood of the plain labels, and bad requests are refused with one line before any fit.
 */
class SpatialCliTest {

    private static final int H = 24;
    private static final int W = 30;

    @TempDir
    Path dir;

    /** A 24 × 30 phantom, 12 bands, 3 regions, σ² = 0.2 (noisy enough for salt and pepper). */
    private SpikedPhantom phantom(Path file) throws Exception {
        SpikedPhantom p = SpikedPhantom.generate(new PhantomOptions(H, W, 12, 3, 0.2, 5));
        NpyWriter.write(file, p.cube(), ProgressMonitor.NONE);
        return p;
    }

    private CliRun.Result fit(Path in, Path out, String... extra) {
        String[] base = {"fit", "--method", "smm", "--input", in.toString(), "--k", "3", "--seed", "2", "--no-sieve",
                "--max-iter", "12", "--tol", "0", "--threads", "2", "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    @Test
    void fitRecordsTheBetaAndGivesTheEnginesSpatialFit() throws Exception {
        Path in = dir.resolve("cube.npy");
        SpikedPhantom p = phantom(in);
        Path out = dir.resolve("r.json");
        CliRun.Result r = fit(in, out, "--spatial-beta", "0.8", "--neighbours", "8");
        assertEquals(0, r.code(), r.err());
        JsonNode j = CliRun.json(out);
        JsonNode s = j.get("spatial");
        assertEquals(0.8, s.get("beta").asDouble());
        assertEquals("given", s.get("beta_choice").asText());
        assertEquals(8, s.get("neighbours").asInt());
        assertEquals("penalised", s.get("objective").asText());
        double[] u = CliRun.doubles(j.get("loglik_trace"));
        for (int t = 1; t < u.length; t++) {
            assertTrue(u[t] >= u[t - 1] - 1e-12 * Math.abs(u[t - 1]), "U decreased at " + t);
        }
        SpikedMixtureModel m = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(3).seed(2).threads(1)
                .schedule(SieveSchedule.singleStart(12, 0)).spatial(new SpatialOptions(0.8, Neighbourhood.EIGHT))
                .build()).fit(p.cube().spectra(), SpatialGrid.of(p.cube(), Neighbourhood.EIGHT), ProgressMonitor.NONE);
        assertArrayEquals(m.labels(), CliRun.ints(j.get("labels")), "the engine's labels, whatever the threads");
        assertArrayEquals(m.logLikelihoodTrace(), u, 0.0);
    }

    @Test
    void betaZeroIsTheFitWithoutTheOption() throws Exception {
        Path in = dir.resolve("cube.npy");
        phantom(in);
        Path plain = dir.resolve("plain.json");
        Path zero = dir.resolve("zero.json");
        assertEquals(0, fit(in, plain).code());
        assertEquals(0, fit(in, zero, "--spatial-beta", "0").code());
        JsonNode a = CliRun.json(plain);
        JsonNode b = CliRun.json(zero);
        assertArrayEquals(CliRun.ints(a.get("labels")), CliRun.ints(b.get("labels")));
        assertArrayEquals(CliRun.doubles(a.get("loglik_trace")), CliRun.doubles(b.get("loglik_trace")), 0.0);
        assertEquals(0.0, b.get("spatial").get("beta").asDouble());
        assertEquals("loglik", b.get("spatial").get("objective").asText());
    }

    @Test
    void autoTakesThePseudoLikelihoodBetaOfThePlainLabels() throws Exception {
        Path in = dir.resolve("cube.npy");
        SpikedPhantom p = phantom(in);
        Path plain = dir.resolve("plain.json");
        Path auto = dir.resolve("auto.json");
        assertEquals(0, fit(in, plain).code());
        CliRun.Result r = fit(in, auto, "--spatial-beta", "auto");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Spatial EM: beta = "), r.out());
        double expected = PottsPseudoLikelihood.estimate(CliRun.ints(CliRun.json(plain).get("labels")), 3,
                SpatialGrid.of(p.cube(), Neighbourhood.FOUR));
        JsonNode s = CliRun.json(auto).get("spatial");
        assertEquals("auto", s.get("beta_choice").asText());
        assertEquals(expected, s.get("beta").asDouble(), 0.0);
        assertTrue(expected > 0, "a phantom of regions has neighbour agreement: " + expected);
    }

    private static void assertOneLine(CliRun.Result r, String expected) {
        assertEquals(1, r.code(), r.err());
        String err = r.err();
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("java."), err);
        assertTrue(err.contains(expected), err);
    }

    @Test
    void badRequestsAreRefusedWithOneLineBeforeAnyFit() throws Exception {
        Path in = dir.resolve("cube.npy");
        phantom(in);
        Path out = dir.resolve("r.json");
        assertOneLine(fit(in, out, "--spatial-beta", "-0.5"), "--spatial-beta: expected a number >= 0 or auto, got '-0.5'");
        assertOneLine(fit(in, out, "--spatial-beta", "strong"), "--spatial-beta: expected a number >= 0 or auto");
        assertOneLine(fit(in, out, "--spatial-beta", "1", "--neighbours", "6"), "--neighbours: expected 4 or 8, got 6");
        assertOneLine(CliRun.run("fit", "--method", "kmeans", "--input", in.toString(), "--k", "3", "--spatial-beta",
                "1", "--out", out.toString()), "k-means has no responsibilities to regularise");
        // a table of spectra (N x d .npy) has no image grid
        Path table = dir.resolve("table.npy");
        SpectralCube cube = SpikedPhantom.generate(new PhantomOptions(H, W, 12, 3, 0.2, 5)).cube();
        NpyWriter.write(table, cube.spectra(), ProgressMonitor.NONE);
        CliRun.Result r = fit(table, out, "--spatial-beta", "auto");
        assertOneLine(r, "--spatial-beta needs an image grid");
        assertTrue(r.err().contains(table.toString()), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void segmentShowsTheBetaOfEachMethod() throws Exception {
        Path in = dir.resolve("cube.npy");
        phantom(in);
        Path out = dir.resolve("report");
        CliRun.Result r = CliRun.run("segment", "--input", in.toString(), "--k", "3", "--threads", "2",
                "--spatial-beta", "0.7", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode summary = CliRun.json(out.resolve("summary.json"));
        for (JsonNode m : summary.get("methods")) {
            JsonNode s = m.get("spatial");
            boolean kmeans = m.get("method").asText().equals("kmeans");
            assertEquals(kmeans ? 0.0 : 0.7, s.get("beta").asDouble(), m.get("method").asText());
            assertEquals(!kmeans, s.get("applicable").asBoolean());
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Spatial EM (docs/method.md §8)"), "the report names the β used");
        assertTrue(html.contains("beta = 0.7"), "the report names the β used");
    }
}
