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
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

class SynthCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesThePhantomCubeAndItsTruth() throws Exception {
        Path cube = dir.resolve("c.npy");
        Path truth = dir.resolve("t.json");
        CliRun.Result r = CliRun.run("synth", "--out", cube.toString(), "--truth", truth.toString(), "--shape", "9x11",
                "--bands", "7", "--k", "3", "--sigma2", "0.02", "--seed", "5");
        assertEquals(0, r.code(), r.err());
        SpikedPhantom expected = SpikedPhantom.generate(new PhantomOptions(9, 11, 7, 3, 0.02, 5));
        SpectralCube read = NpyReader.read(cube);
        assertEquals(9, read.height());
        assertEquals(11, read.width());
        assertEquals(7, read.bandCount());
        float[] a = new float[7];
        float[] b = new float[7];
        for (int p = 0; p < 99; p++) {
            read.spectra().getRow(p, a);
            expected.cube().spectra().getRow(p, b);
            assertArrayEquals(b, a, "pixel " + p);
        }
        JsonNode t = CliRun.json(truth);
        assertArrayEquals(expected.spikes(), CliRun.matrix(t.get("spikes")));
        assertArrayEquals(expected.labels(), CliRun.ints(t.get("labels")));
        assertArrayEquals(new int[] { 9, 11 }, CliRun.ints(t.get("shape")));
        assertEquals(7, t.get("bands").get("values").size());
        assertEquals("nm", t.get("bands").get("unit").asText());
        assertEquals(0.02, t.get("sigma2").asDouble());
        for (int l : CliRun.ints(t.get("labels"))) {
            assertTrue(l >= 1 && l <= 3);
        }
    }

    @Test
    void invalidSettingsExitWithOneAndWriteNothing() {
        Path cube = dir.resolve("c.npy");
        Path truth = dir.resolve("t.json");
        CliRun.Result r = CliRun.run("synth", "--out", cube.toString(), "--truth", truth.toString(), "--shape", "9by11");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--shape"), r.err());
        r = CliRun.run("synth", "--out", cube.toString(), "--truth", truth.toString(), "--bands", "1");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bands"), r.err());
        assertFalse(Files.exists(cube));
        assertFalse(Files.exists(truth));
    }
}
