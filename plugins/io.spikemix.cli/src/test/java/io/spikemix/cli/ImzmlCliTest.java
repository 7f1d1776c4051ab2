package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;

/** zlib-compressed imzML through the command line: peak features as from the plain twin, corrupt input exit 1. */
class ImzmlCliTest {

    private static SpectralCube cube() {
        SplittableRandom rnd = new SplittableRandom(3);
        int d = 80;
        double[] mz = new double[d];
        for (int j = 0; j < d; j++) {
            mz[j] = 400 + 0.5 * j;
        }
        SpectralMatrix m = SpectralMatrix.allocate(30, d);
        for (int p = 0; p < 30; p++) {
            for (int j = 0; j < d; j++) {
                double peak = (j == 12 ? 300 : 0) + (j == 50 ? 200 : 0) + (j == 70 ? 90 : 0);
                m.set(p, j, (float) (rnd.nextInt(5) + peak * (0.5 + rnd.nextDouble())));
            }
        }
        return SpectralCube.full(5, 6, m, BandAxis.of(mz, "m/z"));
    }

    private static Path write(Path dir, String name, ImzmlWriter.Compression c) throws Exception {
        Path imzml = dir.resolve(name + ".imzML");
        ImzmlWriter.write(ImzmlWriter.spectraOf(cube()), imzml, true, c, new UUID(7, 8), ProgressMonitor.NONE);
        return imzml;
    }

    @Test
    void peakFeaturesOfAZlibFileEqualThoseOfItsPlainTwin(@TempDir Path dir) throws Exception {
        byte[][] npy = new byte[2][];
        int i = 0;
        for (ImzmlWriter.Compression c : ImzmlWriter.Compression.values()) {
            Path out = dir.resolve(c + ".npy");
            CliRun.Result r = CliRun.run("convert", "--input", write(dir, "f" + c, c).toString(), "--output",
                    out.toString(), "--pick-peaks", "3", "--mz-tolerance", "0.3da");
            assertEquals(0, r.code(), r.err());
            npy[i++] = Files.readAllBytes(out);
        }
        assertArrayEquals(npy[0], npy[1]);
    }

    @Test
    void aCorruptZlibStreamIsExitOneWithOneLineNamingFileSpectrumAndArrayAndNothingWritten(@TempDir Path dir)
            throws Exception {
        Path imzml = write(dir, "bad", ImzmlWriter.Compression.ZLIB);
        Path ibd = dir.resolve("bad.ibd");
        String xml = Files.readString(imzml);
        // the second intensity array's offset (the first spectrum's follows the m/z array)
        java.util.regex.Matcher offsets = java.util.regex.Pattern.compile("name=\"external offset\" value=\"(\\d+)\"")
                .matcher(xml.substring(xml.indexOf("spectrum=1")));
        offsets.find();
        offsets.find();
        try (RandomAccessFile f = new RandomAccessFile(ibd.toFile(), "rw")) {
            f.seek(Long.parseLong(offsets.group(1)) + 5);
            f.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }
        Path out = dir.resolve("out.npy");
        CliRun.Result r = CliRun.run("convert", "--input", imzml.toString(), "--output", out.toString(),
                "--pick-peaks", "3");
        assertEquals(1, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.contains(ibd.toString()) && err.contains("spectrum 1 intensity array"), err);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the input pair");
        }
    }
}
