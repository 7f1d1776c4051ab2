package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/**
 * No command may replace or delete an input or one of its partner files, whatever name the output is given:
 * the input itself, an ENVI header or data file, an {@code .imzML} or {@code .ibd}, a symbolic link to one, a path
 * through {@code ..}, or (for {@code segment}) a folder that holds one. Each refusal is exit 1 with one line, and
 * every file in the test folder keeps its bytes.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private Path r;
    private Path cube;
    private Path truth;
    private Path hdr;
    private Path img;
    private Path imzml;
    private Path ibd;

    @BeforeEach
    void inputs() throws Exception {
        r = dir.resolve("R");
        cube = r.resolve("cube.npy");
        truth = r.resolve("truth.json");
        CliRun.Result s = CliRun.run("synth", "--out", cube.toString(), "--truth", truth.toString(), "--shape", "20x20",
                "--bands", "10", "--k", "3");
        assertEquals(0, s.code(), s.err());
        SpectralCube c = SpikedPhantom.generate(new PhantomOptions(4, 5, 6, 2, 0.01, 3)).cube();
        hdr = dir.resolve("scene.hdr");
        img = EnviWriter.write(c, hdr, ProgressMonitor.NONE);
        imzml = dir.resolve("ims.imzML");
        ImzmlWriter.write(c.withSpectra(c.spectra(), BandAxis.of(new double[] { 100, 200, 300, 400, 500, 600 }, "m/z")),
                imzml, true, UUID.randomUUID(), ProgressMonitor.NONE);
        ibd = dir.resolve("ims.ibd");
        assertTrue(Files.isRegularFile(img) && Files.isRegularFile(ibd));
    }

    /** Every regular file under {@code dir} with its bytes. */
    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(p, Files.readAllBytes(p));
            }
        }
        return files;
    }

    private void assertRefused(String expected, String... args) throws IOException {
        Map<Path, byte[]> before = snapshot();
        CliRun.Result res = CliRun.run(args);
        assertEquals(1, res.code(), String.join(" ", args) + " -> " + res.err() + res.out());
        String err = res.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.contains(expected), err);
        Map<Path, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet(), "no file appeared or vanished: " + String.join(" ", args));
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), after.get(e.getKey())), e.getKey() + " unchanged");
        }
    }

    private Path link(String name, Path target) throws IOException {
        return Files.createSymbolicLink(dir.resolve(name), target);
    }

    @Test
    void segmentForceNeverReplacesTheFolderHoldingItsInputs() throws Exception {
        // issue 17 item 1, exactly as reported: R/cube.npy and R/truth.json were deleted
        assertRefused("refusing to replace a folder that holds", "segment", "--input", cube.toString(), "--truth",
                truth.toString(), "--k", "3", "--out", r.toString(), "--force", "--methods", "kmeans");
        assertRefused("refusing to replace a folder that holds", "segment", "--input", cube.toString(), "--k", "3",
                "--out", dir.toString(), "--force", "--methods", "kmeans");
        assertRefused("refusing to replace a folder that holds", "segment", "--input", cube.toString(), "--k", "3",
                "--out", r.resolve("sub/..").toString(), "--force", "--methods", "kmeans");
        Path viaLink = link("linked.npy", cube);
        assertRefused("refusing to replace a folder that holds", "segment", "--input", viaLink.toString(), "--k", "3",
                "--out", r.toString(), "--force", "--methods", "kmeans");
        assertRefused("refusing to replace a folder that holds", "segment", "--input", cube.toString(), "--truth",
                truth.toString(), "--k", "3", "--out", link("R-link", r).toString(), "--force", "--methods", "kmeans");
    }

    @Test
    void segmentForceReplacesOnlyItsOwnEarlierOutput() throws Exception {
        Path out = dir.resolve("report");
        String[] run = { "segment", "--input", cube.toString(), "--k", "3", "--out", out.toString(), "--methods",
            "kmeans", "--threads", "1" };
        assertEquals(0, CliRun.run(run).code());
        assertTrue(Files.isRegularFile(out.resolve(".spikemix-output")));
        String[] force = FitCommandTest.concat(run, new String[] { "--force" });
        CliRun.Result again = CliRun.run(force);
        assertEquals(0, again.code(), again.err());
        Files.writeString(out.resolve("my-notes.txt"), "keep me");
        assertRefused("my-notes.txt", force);

        Path foreign = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(foreign.resolve("a.jpg"), "x");
        assertRefused("did not write", "segment", "--input", cube.toString(), "--k", "3", "--out", foreign.toString(),
                "--force", "--methods", "kmeans");
    }

    @Test
    void fitNeverOverwritesAnInputOrItsPartners() throws Exception {
        for (Path[] c : new Path[][] { { hdr, img }, { img, hdr }, { hdr, hdr }, { imzml, ibd }, { ibd, imzml },
            { cube, r.resolve("x/../cube.npy") }, { link("in.npy", cube), cube }, { cube, link("out.json", cube) } }) {
            assertRefused("refusing to overwrite", "fit", "--method", "kmeans", "--k", "2", "--input", c[0].toString(),
                    "--out", c[1].toString());
        }
    }

    @Test
    void normalizeNeverWritesItsOutputOrModelOverAnInputOrPartner() throws Exception {
        assertRefused("refusing to overwrite", "normalize", "--method", "l1", "--input", hdr.toString(), "--output",
                dir.resolve("n.npy").toString(), "--model", img.toString());
        assertRefused("refusing to overwrite", "normalize", "--method", "l1", "--input", img.toString(), "--output",
                dir.resolve("n.npy").toString(), "--model", hdr.toString());
        assertRefused("refusing to overwrite", "normalize", "--method", "l1", "--input", cube.toString(), "--output",
                link("n.npy", cube).toString());
        assertRefused("must differ from --output", "normalize", "--method", "l1", "--input", cube.toString(), "--output",
                dir.resolve("n2.npy").toString(), "--model", dir.resolve("x/../n2.npy").toString());
    }

    @Test
    void evaluateNeverWritesItsScoresOverTheResultOrTruth() throws Exception {
        Path result = dir.resolve("result.json");
        assertEquals(0, CliRun.run("fit", "--method", "kmeans", "--k", "3", "--input", cube.toString(), "--out",
                result.toString()).code());
        for (Path out : new Path[] { result, truth, link("eval.json", truth) }) {
            assertRefused("refusing to overwrite", "evaluate", "--result", result.toString(), "--truth",
                    truth.toString(), "--out", out.toString());
        }
    }

    @Test
    void renderNeverWritesItsPngOverALabelsFile() throws Exception {
        assertRefused("refusing to overwrite", "render", "--labels", truth.toString(), "--out",
                link("panel.png", truth).toString());
    }

    @Test
    void convertNeverOverwritesAnInputOrPartnerThroughALinkedFolder() throws Exception {
        Path linked = link("L", dir);
        assertRefused("refusing to overwrite", "convert", "--input", hdr.toString(), "--output",
                linked.resolve("scene.hdr").toString());
        assertRefused("refusing to overwrite", "convert", "--input", cube.toString(), "--output",
                linked.resolve("R/cube.npy").toString());
        assertRefused("refusing to overwrite", "convert", "--input", img.toString(), "--output",
                linked.resolve("scene.hdr").toString());
    }

    @Test
    void synthNeverWritesBothOutputsToOneFile() throws Exception {
        Files.writeString(dir.resolve("s.npy"), "an earlier file");
        assertRefused("must differ from --out", "synth", "--out", dir.resolve("s.npy").toString(), "--truth",
                link("t.json", dir.resolve("s.npy")).toString());
    }
}
