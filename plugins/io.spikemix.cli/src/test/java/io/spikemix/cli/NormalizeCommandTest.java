package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.ProgressMonitor;

class NormalizeCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        return run(new AtomicBoolean(), args);
    }

    private static Run run(AtomicBoolean cancel, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeMixCommand.execute(new PrintWriter(out), new PrintWriter(err), cancel, false, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** An H x W x B cube of random raw intensities, written as .npy; returns the values as [pixel][band]. */
    private double[][] randomCube(Path file, int h, int w, int b, long seed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        SpectralMatrix m = SpectralMatrix.allocate(h * w, b);
        for (int p = 0; p < h * w; p++) {
            for (int f = 0; f < b; f++) {
                m.set(p, f, (float) (rnd.nextDouble(0, 1000) * (f + 1)));
            }
        }
        NpyWriter.write(file, SpectralCube.full(h, w, m, BandAxis.indices(b)), ProgressMonitor.NONE);
        return m.toDoubleRows();
    }

    /** Reads a little-endian float32 C-order .npy straight from its bytes: shape from the header text, then data. */
    private static float[] readFloat32(Path file, long... expectedShape) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLen = b.getShort(8) & 0xFFFF;
        String header = new String(Files.readAllBytes(file), 10, headerLen, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("'descr': '<f4'"), header);
        String shape = java.util.Arrays.stream(expectedShape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
        assertTrue(header.contains("'shape': " + shape), header + " vs " + shape);
        b.position(10 + headerLen);
        float[] v = new float[b.remaining() / 4];
        b.asFloatBuffer().get(v);
        return v;
    }

    @Test
    void minMaxOnACubeMatchesAnIndependentComputationAndKeepsTheShape() throws Exception {
        Path in = dir.resolve("cube.npy");
        double[][] y = randomCube(in, 6, 7, 5, 1);
        Path out = dir.resolve("norm.npy");
        Path json = dir.resolve("model.json");

        Run r = run("normalize", "--method", "minmax", "--input", in.toString(), "--output", out.toString(), "--model", json.toString());

        assertEquals(0, r.code(), r.err());
        float[] v = readFloat32(out, 6, 7, 5);
        assertEquals(6 * 7 * 5, v.length);
        double[] min = new double[5];
        double[] max = new double[5];
        for (int f = 0; f < 5; f++) {
            final int ff = f;
            min[f] = java.util.Arrays.stream(y).mapToDouble(row -> row[ff]).min().orElseThrow();
            max[f] = java.util.Arrays.stream(y).mapToDouble(row -> row[ff]).max().orElseThrow();
        }
        for (int p = 0; p < y.length; p++) {
            for (int f = 0; f < 5; f++) {
                assertEquals((y[p][f] - min[f]) / (max[f] - min[f]), v[p * 5 + f], 1e-6);
            }
        }
        JsonNode model = new ObjectMapper().readTree(json.toFile());
        assertEquals("minmax", model.get("method").asText());
        for (int f = 0; f < 5; f++) {
            assertEquals(min[f], model.get("feature_min").get(f).asDouble());
            assertEquals(max[f], model.get("feature_max").get(f).asDouble());
        }
        assertEquals(0, model.get("constant_features").size());
        assertEquals(0, model.get("masked_rows").asInt());
        assertEquals(0, model.get("skipped_rows").asInt());
        assertTrue(r.out().contains("6 x 7 image") && r.out().contains("5 features"), r.out());

        // the model file restores the same normalization, and undoing it gives the raw data back
        NormalizationModel restored = NormalizationModelJson.read(json);
        assertEquals(NormalizationMethod.MINMAX, restored.method());
        for (int p = 0; p < y.length; p++) {
            double[] norm = new double[5];
            for (int f = 0; f < 5; f++) {
                norm[f] = v[p * 5 + f];
            }
            double[] back = restored.undo(norm);
            for (int f = 0; f < 5; f++) {
                assertEquals(y[p][f], back[f], 1e-6 * (max[f] - min[f]));
            }
        }
    }

    @Test
    void l1OnACsvTableDividesEachSpectrumByItsAbsoluteSum() throws Exception {
        Path in = dir.resolve("t.csv");
        Files.writeString(in, "a,b,c\n1,-3,4\n0,0,0\n2.5,2.5,5\n");
        Path out = dir.resolve("t.npy");

        // --out, as in every other command, is the same option as --output
        Run r = run("normalize", "--method", "l1", "--input", in.toString(), "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertArrayEquals(new float[] { 1 / 8f, -3 / 8f, 4 / 8f, 0, 0, 0, 0.25f, 0.25f, 0.5f }, readFloat32(out, 3, 3));
        assertTrue(r.out().contains("Masked spectra (all zero, written as 0): 1 (1)"), r.out());
    }

    @Test
    void ticWithSkipNonFiniteWritesSkippedSpectraAsNaNAndCountsThemInTheModel() throws Exception {
        Path in = dir.resolve("n.csv");
        Files.writeString(in, "1,3\nnan,1\n2,2\n");
        Path out = dir.resolve("n.npy");
        Path json = dir.resolve("n.json");

        Run r = run("normalize", "--method", "tic", "--input", in.toString(), "--output", out.toString(), "--model",
                json.toString(), "--skip-non-finite");

        assertEquals(0, r.code(), r.err());
        float[] v = readFloat32(out, 3, 2);
        assertEquals(0.25f, v[0]);
        assertEquals(0.75f, v[1]);
        assertTrue(Float.isNaN(v[2]) && Float.isNaN(v[3]));
        assertEquals(0.5f, v[4]);
        JsonNode model = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, model.get("skipped_rows").asInt());
        assertEquals(4.0, model.get("reference_scale").asDouble());
    }

    @Test
    void nonFiniteInputWithoutSkipFailsWithExitCodeOneNamingFileAndPixelAndWritesNothing() throws Exception {
        Path in = dir.resolve("nan.csv");
        Files.writeString(in, "x,y,a,b\n0,0,1,2\n1,0,3,inf\n");
        Path out = dir.resolve("o.npy");

        Run r = run("normalize", "--method", "minmax", "--input", in.toString(), "--output", out.toString(), "--model",
                dir.resolve("m.json").toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(in.toString()) && r.err().contains("pixel x=1, y=0") && r.err().contains("--skip-non-finite"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        assertEquals(List.of("nan.csv"), listDir());
    }

    @Test
    void aTruncatedInputFailsWithExitCodeOneNamingTheFileAndLeavesNoOutput() throws Exception {
        Path good = dir.resolve("good.npy");
        randomCube(good, 4, 4, 3, 2);
        byte[] bytes = Files.readAllBytes(good);
        Path in = dir.resolve("cut.npy");
        Files.write(in, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        Files.delete(good);
        Path out = dir.resolve("o.npy");

        Run r = run("normalize", "--method", "tic", "--input", in.toString(), "--output", out.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(in.toString()) && r.err().contains("truncated"), r.err());
        assertEquals(List.of("cut.npy"), listDir());
    }

    @Test
    void missingInputAndUnknownMethodAreUsageErrors() throws Exception {
        Run missing = run("normalize", "--method", "l1", "--input", dir.resolve("none.npy").toString(), "--output",
                dir.resolve("o.npy").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("none.npy: file not found"), missing.err());

        Run method = run("normalize", "--method", "zscore", "--input", "x.npy", "--output", "y.npy");
        assertEquals(1, method.code());
        assertTrue(method.err().contains("'minmax', 'l1', 'tic'"), method.err());

        Run noOutput = run("normalize", "--method", "l1", "--input", "x.npy");
        assertEquals(1, noOutput.code());
        assertTrue(noOutput.err().contains("--output"), noOutput.err());
        assertTrue(listDir().isEmpty());
    }

    @Test
    void refusesToOverwriteTheInput() throws Exception {
        Path in = dir.resolve("cube.npy");
        randomCube(in, 2, 2, 2, 3);
        byte[] before = Files.readAllBytes(in);
        Run r = run("normalize", "--method", "minmax", "--input", in.toString(), "--output", dir.resolve(".").resolve("cube.npy").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("refusing to overwrite the input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(in));
    }

    @Test
    void cancellationExitsWith130AndWritesNothing() throws Exception {
        Path in = dir.resolve("cube.npy");
        randomCube(in, 3, 3, 2, 4);
        Run r = run(new AtomicBoolean(true), "normalize", "--method", "minmax", "--input", in.toString(), "--output",
                dir.resolve("o.npy").toString());
        assertEquals(130, r.code());
        assertTrue(r.err().contains("cancelled"), r.err());
        assertEquals(List.of("cube.npy"), listDir());
    }

    @Test
    void debugPrintsTheStackTrace() throws Exception {
        Run r = run("normalize", "--debug", "--method", "l1", "--input", dir.resolve("none.npy").toString(), "--output",
                dir.resolve("o.npy").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void aMissingSubcommandIsAUsageError() {
        Run r = run();
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Missing subcommand"), r.err());
    }

    private List<String> listDir() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
