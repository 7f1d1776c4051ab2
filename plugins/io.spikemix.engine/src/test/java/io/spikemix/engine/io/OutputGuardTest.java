package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path dir;

    private Path file(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, name);
        return p;
    }

    private static String refusal(ThrowingCheck check) {
        UnsafeOutputException e = assertThrows(UnsafeOutputException.class, check::run);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @FunctionalInterface
    private interface ThrowingCheck {
        void run() throws Exception;
    }

    @Test
    void anOutputFileMayNotBeTheInputByAnyName() throws Exception {
        Path in = file("data/cube.npy");
        Files.createSymbolicLink(dir.resolve("link.npy"), in);
        Files.createSymbolicLink(dir.resolve("linkdir"), dir.resolve("data"));
        Files.createLink(dir.resolve("hard.npy"), in);
        for (Path out : List.of(in, dir.resolve("data/../data/./cube.npy"), dir.resolve("link.npy"),
                dir.resolve("linkdir/cube.npy"), dir.resolve("linkdir/../data/cube.npy"), dir.resolve("hard.npy"))) {
            String m = refusal(() -> new OutputGuard().input("--input", in).outputFile("--out", out));
            assertTrue(m.startsWith("--out " + out + ": refusing to overwrite the input file " + in + " (--input)"), m);
        }
        assertDoesNotThrow(() -> new OutputGuard().input("--input", in).outputFile("--out", dir.resolve("data/r.json")));
    }

    @Test
    void enviAndImzmlPartnersAreProtectedWhicheverFileWasGiven() throws Exception {
        Path hdr = file("scene.hdr");
        Path img = file("scene.img");
        Path imzml = file("ims.imzML");
        Path ibd = file("ims.ibd");
        refusal(() -> new OutputGuard().input("--input", hdr).outputFile("--out", img));
        refusal(() -> new OutputGuard().input("--input", img).outputFile("--out", hdr));
        refusal(() -> new OutputGuard().input("--input", imzml).outputFile("--out", ibd));
        refusal(() -> new OutputGuard().input("--input", ibd).outputFile("--out", imzml));
        assertEquals(List.of(img), OutputGuard.partnerFiles(hdr));
    }

    @Test
    void aHeaderThatNamesAnotherDataFileIsNoPartner() throws Exception {
        Path npy = file("cube.npy");
        file("cube.hdr");
        file("cube.img");
        assertEquals(List.of(), OutputGuard.partnerFiles(npy), "cube.hdr belongs to cube.img, not to cube.npy");
    }

    @Test
    void anOutputFolderMayNotHoldAnInputEvenWithForce() throws Exception {
        Path in = file("R/cube.npy");
        Path truth = file("R/sub/truth.json");
        for (Path out : List.of(dir.resolve("R"), dir, dir.resolve("R/sub/.."))) {
            String m = refusal(() -> new OutputGuard().input("--input", in).input("--truth", truth)
                    .outputFolder("--out", out, true));
            assertTrue(m.contains("refusing to replace a folder that holds"), m);
        }
        String m = refusal(() -> new OutputGuard().input("--input", dir.resolve("elsewhere.npy")).input("--truth", truth)
                .outputFolder("--out", dir.resolve("R/sub"), true));
        assertTrue(m.contains(truth.toString()) && m.contains("--truth"), m);
    }

    @Test
    void forceReplacesOnlyAFolderHoldingNothingButWhatSpikeMixWrote() throws Exception {
        Path in = file("cube.npy");
        Path out = dir.resolve("report");
        assertDoesNotThrow(() -> new OutputGuard().input("--input", in).outputFolder("--out", out, false),
                "a new folder");
        Files.createDirectories(out);
        assertDoesNotThrow(() -> new OutputGuard().outputFolder("--out", out, false), "an empty folder");

        Files.writeString(out.resolve("report.html"), "old");
        assertTrue(refusal(() -> new OutputGuard().outputFolder("--out", out, false)).contains("pass --force"));
        assertTrue(refusal(() -> new OutputGuard().outputFolder("--out", out, true)).contains("did not write"),
                "no marker: not ours");

        OutputGuard.writeMarker(out, List.of("report.html"));
        assertDoesNotThrow(() -> new OutputGuard().outputFolder("--out", out, true));

        Files.writeString(out.resolve("notes.txt"), "the user's");
        String m = refusal(() -> new OutputGuard().outputFolder("--out", out, true));
        assertTrue(m.contains("notes.txt"), m);
    }

    @Test
    void outputsMayNotCollideWithEachOther() throws Exception {
        OutputGuard g = new OutputGuard();
        g.outputFile("--out", dir.resolve("a.npy"));
        assertTrue(refusal(() -> g.outputFile("--truth", dir.resolve("x/../a.npy"))).contains("must differ from --out"));
        OutputGuard f = new OutputGuard();
        f.outputFolder("--out", dir.resolve("rep"), false);
        refusal(() -> f.outputFile("--model", dir.resolve("rep/m.json")));
    }

    @Test
    void anOutputFileMayNotBeAFolder() throws Exception {
        Files.createDirectories(dir.resolve("d"));
        assertTrue(refusal(() -> new OutputGuard().outputFile("--out", dir.resolve("d"))).contains("is a folder"));
    }

    @Test
    void realPathResolvesLinksInTheExistingPartOnly() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createSymbolicLink(dir.resolve("l"), dir.resolve("a/b"));
        Path real = dir.toRealPath();
        assertEquals(real.resolve("a/x"), OutputGuard.realPath(dir.resolve("l/../x")), "'..' after a link leaves its target");
        assertEquals(real.resolve("a/b/new/f"), OutputGuard.realPath(dir.resolve("l/new/f")));
    }
}
