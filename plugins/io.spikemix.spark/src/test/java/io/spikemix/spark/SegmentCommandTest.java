package io.spikemix.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/**
 * {@code spikemix-spark segment} as a user runs it: the labels of {@code spikemix segment --methods kmeans} (min-max
 * normalization, then the engine's k-means with the same seed), the output folder all or nothing, and bad input
 * reported in one line with exit code 1 before any Spark job.
 */
class SegmentCommandTest {

    @TempDir
    static Path dir;

    static Path cube;

    static final AtomicInteger JOBS = new AtomicInteger();

    @BeforeAll
    static void phantom() throws Exception {
        // a smaller phantom than the demo's keeps this test fast; the shape is not a multiple of the block size
        SpikedPhantom p = SpikedPhantom.generate(PhantomOptions.defaults().withShape(50, 70));
        cube = dir.resolve("cube.npy");
        NpyWriter.write(cube, p.cube(), ProgressMonitor.NONE);
        SharedSpark.context().sc().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                JOBS.incrementAndGet();
            }
        });
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeMixSpark.execute(new PrintWriter(out), new PrintWriter(err), SharedSpark.context(), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static boolean noPartialFolders() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.noneMatch(p -> p.getFileName().toString().contains(".partial-"));
        }
    }

    @Test
    void writesTheLabelsOfTheEnginesMinMaxKMeansForTheSameSeed() throws Exception {
        Path out = dir.resolve("seg");
        Run r = run("segment", "--input", cube.toString(), "--k", "6", "--seed", "3", "--partitions", "2", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        SpectralCube read = NpyReader.read(cube);
        SpectralMatrix normalized = EngineInputs.minmax(read.spectra());
        KMeansModel engine = new KMeansFitter(KMeansOptions.builder().k(6).seed(3).build()).fit(normalized,
                ProgressMonitor.NONE);
        SpectralMatrix labels = NpyReader.read(out.resolve("labels-kmeans.npy")).spectra();
        assertEquals(50 * 70, labels.rows() * labels.cols());
        int[] got = new int[50 * 70];
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 70; x++) {
                got[y * 70 + x] = (int) labels.get(y, x);
            }
        }
        assertArrayEquals(engine.labels(), got);
        String json = Files.readString(out.resolve("result-kmeans.json"));
        assertTrue(json.contains("\"format\": \"spikemix-fit\"") && json.contains("\"method\": \"kmeans\"")
                && json.contains("\"inertia\": " + engine.inertia()), json.substring(0, 300));
        assertTrue(Files.size(out.resolve("label-maps.png")) > 0 && Files.exists(out.resolve("report.html")));
        java.util.List<String> csv = Files.readAllLines(out.resolve("labels-kmeans.csv"));
        assertEquals("x,y,cluster", csv.get(0));
        assertEquals(50 * 70 + 1, csv.size());
        // pixel (x = 5, y = 2) is row 2·70 + 5; the CSV numbers clusters from 1 like the nodes' cluster column
        assertEquals("5,2," + (engine.labels()[2 * 70 + 5] + 1), csv.get(1 + 2 * 70 + 5));
        assertTrue(noPartialFolders());
    }

    @Test
    void aMissingInputIsNamedBeforeAnyJobAndNothingIsWritten() {
        int before = JOBS.get();
        Path out = dir.resolve("never");
        Run r = run("segment", "--input", dir.resolve("missing.npy").toString(), "--k", "3", "--out", out.toString());
        assertEquals(SpikeMixSpark.BAD_INPUT, r.code());
        assertTrue(r.err().contains("missing.npy") && r.err().contains("file not found"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(before, JOBS.get(), "no Spark job may start");
        assertFalse(Files.exists(out));
    }

    @Test
    void kAbovePixelCountIsRejectedBeforeAnyJob() {
        int before = JOBS.get();
        Run r = run("segment", "--input", cube.toString(), "--k", "3501", "--out", dir.resolve("never2").toString());
        assertEquals(SpikeMixSpark.BAD_INPUT, r.code());
        assertTrue(r.err().contains("K = 3501 exceeds the number of pixels N = 3500"), r.err());
        assertEquals(before, JOBS.get(), "no Spark job may start");
    }

    @Test
    void anExistingOutputFolderIsNeverReplaced() throws Exception {
        Path out = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(out.resolve("mine.txt"), "user data");
        int before = JOBS.get();
        Run r = run("segment", "--input", cube.toString(), "--k", "3", "--out", out.toString());
        assertEquals(SpikeMixSpark.BAD_INPUT, r.code());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals(before, JOBS.get());
        assertEquals("user data", Files.readString(out.resolve("mine.txt")));
    }

    @Test
    void aFailedJobLeavesNoOutputFolder() throws Exception {
        SpectralMatrix m = NpyDatasetTest.random(3000, 4, 9);
        m.set(2500, 2, Float.NaN);
        Path bad = dir.resolve("nan.npy");
        NpyWriter.write(bad, m, ProgressMonitor.NONE);
        Path out = dir.resolve("failed");
        Run r = run("segment", "--input", bad.toString(), "--k", "3", "--out", out.toString());
        assertEquals(SpikeMixSpark.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("row 2500") && r.err().contains("band 2"), r.err());
        assertFalse(Files.exists(out));
        assertTrue(noPartialFolders());
    }

    @Test
    void severalFilesAreSegmentedJointlyWithOneLabelMapPerFile() throws Exception {
        SpectralCube a = SpikedPhantom.generate(PhantomOptions.defaults().withShape(30, 40).withSeed(5)).cube();
        SpectralCube b = SpikedPhantom.generate(PhantomOptions.defaults().withShape(60, 45).withSeed(6)).cube();
        Path fa = dir.resolve("section-a.npy");
        Path fb = dir.resolve("section-b.npy");
        NpyWriter.write(fa, a, ProgressMonitor.NONE);
        NpyWriter.write(fb, b, ProgressMonitor.NONE);
        Path out = dir.resolve("joint");
        Run r = run("segment", "--input", fa + "," + fb, "--k", "6", "--partitions", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        // the engine on the stacked pixels: 1,200 of section a, then 2,700 of section b (a block spans both)
        int n = 1200 + 2700;
        SpectralMatrix stacked = SpectralMatrix.allocate(n, 80);
        float[] row = new float[80];
        for (int i = 0; i < n; i++) {
            (i < 1200 ? a : b).spectra().getRow(i < 1200 ? i : i - 1200, row);
            stacked.setRow(i, row);
        }
        int[] engine = new KMeansFitter(KMeansOptions.builder().k(6).build()).fit(EngineInputs.minmax(stacked),
                ProgressMonitor.NONE).labels();
        SpectralMatrix la = NpyReader.read(out.resolve("labels-kmeans-1.npy")).spectra();
        SpectralMatrix lb = NpyReader.read(out.resolve("labels-kmeans-2.npy")).spectra();
        assertEquals(30, la.rows());
        assertEquals(60, lb.rows());
        for (int i = 0; i < n; i++) {
            float got = i < 1200 ? la.get(i / 40, i % 40) : lb.get((i - 1200) / 45, (i - 1200) % 45);
            assertEquals(engine[i], (int) got, "pixel " + i + " of the stacked dataset");
        }
        assertTrue(Files.exists(out.resolve("label-maps-1.png")) && Files.exists(out.resolve("label-maps-2.png")));
    }

    @Test
    void filesWithDifferentBandCountsAreRejectedBeforeAnyJob() throws Exception {
        Path other = dir.resolve("bands81.npy");
        NpyWriter.write(other, NpyDatasetTest.random(100, 81, 1), ProgressMonitor.NONE);
        int before = JOBS.get();
        Run r = run("segment", "--input", cube.toString(), "--input", other.toString(), "--k", "3", "--out",
                dir.resolve("never3").toString());
        assertEquals(SpikeMixSpark.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bands81.npy") && r.err().contains("has 81 bands") && r.err().contains("one band axis"),
                r.err());
        assertEquals(before, JOBS.get());
    }

    @Test
    void methodsNotYetOnSparkAreNamed() {
        Run r = run("segment", "--input", cube.toString(), "--k", "3", "--methods", "smm", "--out",
                dir.resolve("smm").toString());
        assertEquals(SpikeMixSpark.BAD_INPUT, r.code());
        assertTrue(r.err().contains("not available on Spark yet"), r.err());
    }
}
