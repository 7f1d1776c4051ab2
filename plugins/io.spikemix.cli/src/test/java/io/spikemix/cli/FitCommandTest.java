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
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.synth.SpikedPhantom;

class FitCommandTest {

    private static final int H = 12;
    private static final int W = 15;
    private static final int B = 10;
    private static final int K = 3;

    @TempDir
    Path dir;

    private Path cube() throws Exception {
        Path f = dir.resolve("cube.npy");
        CliRun.phantom(f, H, W, B, K, 7);
        return f;
    }

    @Test
    void smmResultHasEveryContractFieldWithTheRightShape() throws Exception {
        Path in = cube();
        Path out = dir.resolve("r.json");
        CliRun.Result r = CliRun.run("fit", "--method", "smm", "--input", in.toString(), "--k", "3", "--seed", "4",
                "--no-sieve", "--max-iter", "15", "--tol", "0", "--threads", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = CliRun.json(out);
        assertEquals("smm", j.get("method").asText());
        assertEquals(K, j.get("k").asInt());
        assertEquals(K, j.get("spikes").size());
        for (JsonNode s : j.get("spikes")) {
            assertEquals(B, s.size());
        }
        assertEquals(K, j.get("pi").size());
        assertEquals(1.0, CliRun.doubles(j.get("pi"))[0] + CliRun.doubles(j.get("pi"))[1] + CliRun.doubles(j.get("pi"))[2], 1e-9);
        assertTrue(j.get("sigma2").asDouble() > 0);
        assertTrue(j.get("active").isArray());
        assertTrue(j.get("loglik").isNumber());
        assertEquals(15, j.get("iterations").asInt(), "--no-sieve with --tol 0 runs exactly --max-iter iterations");
        assertEquals(16, j.get("loglik_trace").size(), "entry 0 is the start");
        assertEquals(j.get("loglik").asDouble(), j.get("loglik_trace").get(15).asDouble());
        assertFalse(j.get("converged").asBoolean());
        assertEquals(H * W, j.get("labels").size());
        assertTrue(j.get("timing").get("total_s").asDouble() > 0);
        assertTrue(j.get("timing").get("per_iteration_s").asDouble() > 0);
        assertEquals(1, j.get("threads").asInt());
        assertArrayEquals(new int[] { H, W }, CliRun.ints(j.get("shape")));
        assertEquals(B, j.get("bands").get("values").size());
    }

    @Test
    void labelsAndSpikesEqualTheEngineFitWithTheSameSeed() throws Exception {
        Path in = cube();
        SpectralMatrix data = NpyReader.read(in).spectra();
        SpikedMixtureModel smm = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(K)
                .schedule(SieveSchedule.singleStart(12, 0)).seed(9).threads(1).build()).fit(data, ProgressMonitor.NONE);
        GaussianMixtureModel gmm = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(K).seed(9).threads(1)
                .build()).fit(data, ProgressMonitor.NONE);
        KMeansModel km = new KMeansFitter(KMeansOptions.builder().k(K).seed(9).threads(1).build()).fit(data,
                ProgressMonitor.NONE);
        for (String m : new String[] { "smm", "gmm", "kmeans" }) {
            Path out = dir.resolve(m + ".json");
            String[] extra = m.equals("smm") ? new String[] { "--no-sieve", "--max-iter", "12", "--tol", "0" } : new String[0];
            String[] args = concat(new String[] { "fit", "--method", m, "--input", in.toString(), "--k", "3", "--seed", "9",
                    "--threads", "2", "--out", out.toString() }, extra);
            CliRun.Result r = CliRun.run(args);
            assertEquals(0, r.code(), r.err());
            JsonNode j = CliRun.json(out);
            int[] expected = m.equals("smm") ? smm.labels() : m.equals("gmm") ? gmm.labels() : km.labels();
            assertArrayEquals(expected, CliRun.ints(j.get("labels")), m + " labels (2 threads vs 1: same seed, same result)");
            if (m.equals("smm")) {
                assertArrayEquals(smm.spikes(), CliRun.matrix(j.get("spikes")));
                assertEquals(smm.sigma2(), j.get("sigma2").asDouble());
            } else if (m.equals("gmm")) {
                assertEquals(gmm.spectralGapSpikes().sigma2(), j.get("sigma2").asDouble());
                assertEquals(gmm.spectralGapSpikes().conditionHolds(), j.get("spectral_gap_ok").asBoolean());
            } else {
                assertArrayEquals(km.centroids(), CliRun.matrix(j.get("centroids")));
                assertEquals(km.inertia(), j.get("inertia").asDouble());
                assertTrue(j.get("loglik").isNull());
            }
        }
    }

    @Test
    void pixelsWithoutSpectrumAreLabelledMinusOne() throws Exception {
        SpikedPhantom p = SpikedPhantom.generate(new io.spikemix.engine.synth.PhantomOptions(H, W, B, K, 0.01, 3));
        // drop pixels 0, 17 and the last: the writer stores them as all-NaN spectra
        int[] keep = java.util.stream.IntStream.range(0, H * W).filter(i -> i != 0 && i != 17 && i != H * W - 1).toArray();
        SpectralMatrix all = p.cube().spectra();
        SpectralMatrix kept = SpectralMatrix.allocate(keep.length, B);
        float[] row = new float[B];
        for (int i = 0; i < keep.length; i++) {
            all.getRow(keep[i], row);
            kept.setRow(i, row);
        }
        Path in = dir.resolve("masked.npy");
        NpyWriter.write(in, SpectralCube.masked(H, W, kept, keep, p.cube().bands(), java.util.Map.of()), ProgressMonitor.NONE);
        Path out = dir.resolve("r.json");
        CliRun.Result r = CliRun.run("fit", "--method", "kmeans", "--input", in.toString(), "--k", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        int[] labels = CliRun.ints(CliRun.json(out).get("labels"));
        assertEquals(H * W, labels.length);
        for (int i = 0; i < labels.length; i++) {
            boolean masked = i == 0 || i == 17 || i == H * W - 1;
            assertEquals(masked, labels[i] == -1, "pixel " + i);
        }
    }

    @Test
    void unreadableInputExitsWithOneAndNamesTheFile() throws Exception {
        Path missing = dir.resolve("nope.npy");
        CliRun.Result r = CliRun.run("fit", "--method", "smm", "--input", missing.toString(), "--k", "2", "--out",
                dir.resolve("r.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.npy"), r.err());

        Path garbage = dir.resolve("garbage.npy");
        Files.write(garbage, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 });
        r = CliRun.run("fit", "--method", "gmm", "--input", garbage.toString(), "--k", "2", "--out", dir.resolve("r.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("garbage.npy"), r.err());
        assertFalse(Files.exists(dir.resolve("r.json")), "no output on error");
    }

    @Test
    void badParametersExitWithOneNamingTheOption() throws Exception {
        Path in = cube();
        CliRun.Result r = CliRun.run("fit", "--method", "smm", "--input", in.toString(), "--k", "0", "--out", dir.resolve("r.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--k"), r.err());
        r = CliRun.run("fit", "--method", "pca", "--input", in.toString(), "--k", "2", "--out", dir.resolve("r.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("smm, gmm, kmeans"), r.err());
        r = CliRun.run("fit", "--method", "smm", "--preset", "fast", "--input", in.toString(), "--k", "2", "--out", dir.resolve("r.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--preset"), r.err());
        r = CliRun.run("fit", "--method", "smm", "--input", in.toString(), "--k", "1000", "--out", dir.resolve("r.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cube.npy"), r.err());
    }

    static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
