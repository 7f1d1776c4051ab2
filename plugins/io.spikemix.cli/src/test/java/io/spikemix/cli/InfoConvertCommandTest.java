package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * {@code spikemix info} and {@code spikemix convert} against fixtures written by the engine writers; the converted
 * files are decoded here from their raw bytes, independently of the project's readers.
 */
class InfoConvertCommandTest {

    private static final int H = 4;
    private static final int W = 5;
    private static final int B = 7;
    /** Pixels without a spectrum in the fixtures: (x=1, y=0) and (x=3, y=2). */
    private static final int[] MASKED = { 1, 13 };
    private static final String MAP_INFO = "{UTM, 1.000, 1.000, 320000.0, 4100000.0, 15.0, 15.0, 11, North, WGS-84}";

    /** The source values: value[pixel][band], NaN for masked pixels. */
    private final float[][] values = new float[H * W][B];
    private final double[] wavelengths = new double[B];

    private SpectralCube fixture() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int b = 0; b < B; b++) {
            wavelengths[b] = 400 + 50.5 * b;
        }
        int valid = H * W - MASKED.length;
        SpectralMatrix m = SpectralMatrix.allocate(valid, B);
        int[] pixelIndex = new int[valid];
        int r = 0;
        for (int p = 0; p < H * W; p++) {
            int pixel = p;
            boolean masked = Arrays.stream(MASKED).anyMatch(q -> q == pixel);
            for (int b = 0; b < B; b++) {
                values[p][b] = masked ? Float.NaN : (float) (rnd.nextDouble(-1, 1000));
            }
            if (!masked) {
                pixelIndex[r] = p;
                m.setRow(r++, values[p]);
            }
        }
        double[] fwhm = new double[B];
        Arrays.fill(fwhm, 9.5);
        return SpectralCube.masked(H, W, m, pixelIndex, BandAxis.of(wavelengths, "Nanometers", fwhm, null),
                Map.of("envi.map info", MAP_INFO));
    }

    private Path enviFixture(Path dir) throws Exception {
        Path hdr = dir.resolve("scene.hdr");
        EnviWriter.write(fixture(), hdr, ProgressMonitor.NONE);
        return hdr;
    }

    @Test
    void infoPrintsFormatSizeBandsValueRangeMetadataAndFileSizes(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        CliRun.Result r = CliRun.run("info", hdr.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Format:    ENVI"), out);
        assertTrue(out.contains("Image:     4 x 5 (H x W), 20 pixels: 18 valid, 2 masked"), out);
        assertTrue(out.contains("Bands:     7, 400 .. 703 nm"), out);
        assertTrue(out.contains("fwhm yes"), out);
        double[] range = finiteRange(values);
        Matcher mm = Pattern.compile("min (\\S+), max (\\S+),").matcher(out);
        assertTrue(mm.find(), out);
        assertEquals(range[0], Double.parseDouble(mm.group(1)), 1e-5 * Math.abs(range[0]));
        assertEquals(range[1], Double.parseDouble(mm.group(2)), 1e-5 * Math.abs(range[1]));
        assertTrue(out.contains("NaN 0, +/-Inf 0"), out);
        assertTrue(out.contains("envi.map info"), out);
        assertTrue(out.contains("UTM, 1.000"), out);
        assertTrue(out.contains(String.format(java.util.Locale.ROOT, "%,d bytes", Files.size(hdr))), out);
        assertTrue(out.contains(String.format(java.util.Locale.ROOT, "%,d bytes", (long) H * W * B * 4)), out);
    }

    @Test
    void infoJsonGivesTheSameFactsMachineReadable(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        CliRun.Result r = CliRun.run("info", "--json", hdr.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("ENVI", j.get("format").asText());
        assertEquals(H, j.get("image").get("height").asInt());
        assertEquals(W, j.get("image").get("width").asInt());
        assertEquals(H * W - MASKED.length, j.get("image").get("valid").asInt());
        assertEquals(MASKED.length, j.get("image").get("masked").asInt());
        assertEquals(B, j.get("bands").get("count").asInt());
        assertEquals(wavelengths[0], j.get("bands").get("min").asDouble());
        assertEquals(wavelengths[B - 1], j.get("bands").get("max").asDouble());
        assertEquals("nm", j.get("bands").get("unit").asText());
        assertTrue(j.get("bands").get("fwhm").asBoolean());
        double[] range = finiteRange(values);
        assertEquals(range[0], j.get("values").get("min").asDouble());
        assertEquals(range[1], j.get("values").get("max").asDouble());
        assertEquals(0, j.get("values").get("nan").asLong());
        assertEquals(MAP_INFO, j.get("metadata").get("envi.map info").asText());
        assertEquals(2, j.get("files").size());
        long total = j.get("files").get(0).get("bytes").asLong() + j.get("files").get(1).get("bytes").asLong();
        assertEquals(Files.size(hdr) + Files.size(dir.resolve("scene.img")), total);
    }

    @Test
    void infoOnImzmlReportsUuidModeAndMzAxis(@TempDir Path dir) throws Exception {
        SpectralCube cube = fixture();
        SpectralCube mz = cube.withSpectra(cube.spectra(), BandAxis.of(new double[] { 100.5, 200.25, 300, 400, 500,
            600, 700.125 }, "m/z"));
        Path imzml = dir.resolve("tissue.imzML");
        UUID uuid = new UUID(0x1234_5678_9abc_def0L, 0x0fed_cba9_8765_4321L);
        ImzmlWriter.write(mz, imzml, true, uuid, ProgressMonitor.NONE);
        CliRun.Result r = CliRun.run("info", "--json", imzml.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("IMZML", j.get("format").asText());
        assertEquals(MASKED.length, j.get("image").get("masked").asInt());
        assertEquals(100.5, j.get("bands").get("min").asDouble());
        assertEquals(700.125, j.get("bands").get("max").asDouble());
        assertEquals("continuous", j.get("metadata").get("imzml.mode").asText());
        String hex = j.get("metadata").get("imzml.uuid").asText().replaceAll("[^0-9a-fA-F]", "").toLowerCase();
        assertEquals(uuid.toString().replace("-", ""), hex);
        assertEquals(2, j.get("files").size());
    }

    @Test
    void convertEnviToNpyGivesTheSourceValuesWithMaskedPixelsAsNaN(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        Path npy = dir.resolve("out.npy");
        CliRun.Result r = CliRun.run("convert", "--input", hdr.toString(), "--output", npy.toString());
        assertEquals(0, r.code(), r.err());
        RawNpy raw = RawNpy.read(npy);
        assertArrayEquals(new long[] { H, W, B }, raw.shape);
        for (int p = 0; p < H * W; p++) {
            for (int b = 0; b < B; b++) {
                float v = raw.data[p * B + b];
                if (Float.isNaN(values[p][b])) {
                    assertTrue(Float.isNaN(v), "masked pixel " + p + " band " + b + " must be NaN, got " + v);
                } else {
                    assertEquals(values[p][b], v, 0f, "pixel " + p + " band " + b);
                }
            }
        }
        assertTrue(r.out().contains("2 masked pixels as NaN"), r.out());
    }

    @Test
    void convertNpyToEnviWritesFloat32BsqWithWavelengthsAndIgnoreValue(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        Path npy = dir.resolve("mid.npy");
        assertEquals(0, CliRun.run("convert", "--input", hdr.toString(), "--output", npy.toString()).code());
        Path back = dir.resolve("back.hdr");
        CliRun.Result r = CliRun.run("convert", "--input", hdr.toString(), "--output", back.toString());
        assertEquals(0, r.code(), r.err());
        String header = Files.readString(back);
        assertTrue(header.contains("data type = 4"), header);
        assertTrue(header.contains("interleave = bsq"), header);
        assertTrue(header.contains("wavelength = {400.0, 450.5"), header);
        assertTrue(header.contains("map info = " + MAP_INFO), header);
        float[] bsq = floatsLe(Files.readAllBytes(dir.resolve("back.img")));
        assertEquals(H * W * B, bsq.length);
        for (int p = 0; p < H * W; p++) {
            for (int b = 0; b < B; b++) {
                float v = bsq[b * H * W + p];
                float expected = Float.isNaN(values[p][b]) ? EnviWriter.MASKED_VALUE : values[p][b];
                assertEquals(expected, v, 0f, "pixel " + p + " band " + b);
            }
        }
        Path fromNpy = dir.resolve("fromnpy.hdr");
        assertEquals(0, CliRun.run("convert", "--input", npy.toString(), "--output", fromNpy.toString()).code());
        float[] bsq2 = floatsLe(Files.readAllBytes(dir.resolve("fromnpy.img")));
        for (int p = 0; p < H * W; p++) {
            for (int b = 0; b < B; b++) {
                float v = bsq2[b * H * W + p];
                if (Float.isNaN(values[p][b])) {
                    assertTrue(Float.isNaN(v));
                } else {
                    assertEquals(values[p][b], v, 0f);
                }
            }
        }
    }

    @Test
    void convertImzmlGivesTheIntensitiesOnTheMzAxis(@TempDir Path dir) throws Exception {
        SpectralCube cube = fixture();
        SpectralCube mz = cube.withSpectra(cube.spectra(), BandAxis.of(new double[] { 100, 150, 200, 250, 300, 350,
            400 }, "m/z"));
        Path imzml = dir.resolve("tissue.imzML");
        ImzmlWriter.write(mz, imzml, false, UUID.randomUUID(), ProgressMonitor.NONE);
        Path npy = dir.resolve("tissue.npy");
        CliRun.Result r = CliRun.run("convert", "--input", imzml.toString(), "--output", npy.toString(),
                "--verify-checksum", "--band-range", "140:260");
        assertEquals(0, r.code(), r.err());
        RawNpy raw = RawNpy.read(npy);
        assertArrayEquals(new long[] { H, W, 3 }, raw.shape);
        for (int p = 0; p < H * W; p++) {
            for (int j = 0; j < 3; j++) {
                float expected = values[p][1 + j];
                float v = raw.data[p * 3 + j];
                assertTrue(Float.isNaN(expected) ? Float.isNaN(v) : expected == v, "pixel " + p + " band " + j);
            }
        }
    }

    @Test
    void bandRangeKeepsTheBandsInsideItForEnviAndNpyAlike(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        Path fromEnvi = dir.resolve("cut-envi.npy");
        CliRun.Result r = CliRun.run("convert", "--input", hdr.toString(), "--output", fromEnvi.toString(),
                "--band-range", "450:560");
        assertEquals(0, r.code(), r.err());
        RawNpy a = RawNpy.read(fromEnvi);
        assertArrayEquals(new long[] { H, W, 3 }, a.shape);
        assertTrue(r.out().contains("450.5, 501, 551.5"), r.out());
        Path full = dir.resolve("full.npy");
        assertEquals(0, CliRun.run("convert", "--input", hdr.toString(), "--output", full.toString()).code());
        Path fromNpy = dir.resolve("cut-npy.npy");
        r = CliRun.run("convert", "--input", full.toString(), "--output", fromNpy.toString(), "--band-range", "1:3");
        assertEquals(0, r.code(), r.err());
        RawNpy c = RawNpy.read(fromNpy);
        assertArrayEquals(new long[] { H, W, 3 }, c.shape);
        for (int p = 0; p < H * W; p++) {
            for (int j = 0; j < 3; j++) {
                float expected = values[p][1 + j];
                assertTrue(Float.isNaN(expected) ? Float.isNaN(a.data[p * 3 + j]) : expected == a.data[p * 3 + j]);
                assertTrue(Float.isNaN(expected) ? Float.isNaN(c.data[p * 3 + j]) : expected == c.data[p * 3 + j]);
            }
        }
        CliRun.Result none = CliRun.run("convert", "--input", hdr.toString(), "--output", dir.resolve("none.npy").toString(),
                "--band-range", "3000:4000");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("band range"), none.err());
        assertFalse(Files.exists(dir.resolve("none.npy")));
    }

    @Test
    void truncatedEnviDataFailsWithByteCountsAndLeavesNoOutput(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        Path img = dir.resolve("scene.img");
        long full = Files.size(img);
        try (FileChannel ch = FileChannel.open(img, StandardOpenOption.WRITE)) {
            ch.truncate(full - 100);
        }
        Path out = dir.resolve("out.npy");
        CliRun.Result r = CliRun.run("convert", "--input", hdr.toString(), "--output", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("scene.img"), r.err());
        assertTrue(r.err().contains(String.format(java.util.Locale.ROOT, "%,d", full)), r.err());
        assertTrue(r.err().contains(String.format(java.util.Locale.ROOT, "%,d", full - 100)), r.err());
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("scene.hdr", "scene.img"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        CliRun.Result info = CliRun.run("info", hdr.toString());
        assertEquals(1, info.code());
        assertTrue(info.err().contains("truncated"), info.err());
    }

    @Test
    void cancelledConvertExitsWith130AndWritesNothing(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        for (String name : new String[] { "out.npy", "out.hdr" }) {
            CliRun.Result r = CliRun.run(new java.util.concurrent.atomic.AtomicBoolean(true), "convert", "--input",
                    hdr.toString(), "--output", dir.resolve(name).toString());
            assertEquals(SpikeMixCommand.CANCELLED, r.code(), r.err());
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of("scene.hdr", "scene.img"), files.map(p -> p.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void enviOutputGetsTheUsualFilePermissionsLikeNpy(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path hdr = enviFixture(dir);
        Path npy = dir.resolve("out.npy");
        Path outHdr = dir.resolve("out.hdr");
        assertEquals(0, CliRun.run("convert", "--input", hdr.toString(), "--output", npy.toString()).code());
        assertEquals(0, CliRun.run("convert", "--input", hdr.toString(), "--output", outHdr.toString()).code());
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        var expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(npy));
        assertEquals(expected, Files.getPosixFilePermissions(outHdr));
        assertEquals(expected, Files.getPosixFilePermissions(dir.resolve("out.img")));
    }

    @Test
    void convertRefusesToOverwriteAnyFileOfTheInput(@TempDir Path dir) throws Exception {
        Path hdr = enviFixture(dir);
        byte[] before = Files.readAllBytes(dir.resolve("scene.img"));
        CliRun.Result r = CliRun.run("convert", "--input", dir.resolve("scene.img").toString(), "--output", hdr.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("refusing to overwrite"), r.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("scene.img")));
        Path npy = dir.resolve("a.npy");
        NpyWriter.write(npy, fixture(), ProgressMonitor.NONE);
        CliRun.Result same = CliRun.run("convert", "--input", npy.toString(), "--output", dir.resolve(".").resolve("a.npy").toString());
        assertEquals(1, same.code());
        assertTrue(same.err().contains("refusing to overwrite"), same.err());
        CliRun.Result badExt = CliRun.run("convert", "--input", npy.toString(), "--output", dir.resolve("a.tif").toString());
        assertEquals(1, badExt.code());
        assertTrue(badExt.err().contains(".npy or .hdr"), badExt.err());
    }

    @Test
    void peakPickingAfterReadingKeepsTheMostIntensePeaks(@TempDir Path dir) throws Exception {
        int d = 60;
        double[] mz = new double[d];
        for (int j = 0; j < d; j++) {
            mz[j] = 500 + j;
        }
        SpectralMatrix m = SpectralMatrix.allocate(H * W, d);
        for (int p = 0; p < H * W; p++) {
            for (int j = 0; j < d; j++) {
                double peak = (j == 10 ? 100 : 0) + (j == 40 ? 50 : 0) + (j == 25 ? 20 : 0);
                m.set(p, j, (float) (1 + peak + p));
            }
        }
        Path imzml = dir.resolve("peaks.imzML");
        ImzmlWriter.write(SpectralCube.full(H, W, m, BandAxis.of(mz, "m/z")), imzml, true, UUID.randomUUID(),
                ProgressMonitor.NONE);
        Path npy = dir.resolve("peaks.npy");
        CliRun.Result r = CliRun.run("convert", "--input", imzml.toString(), "--output", npy.toString(), "--pick-peaks",
                "2", "--mz-tolerance", "0.1da");
        assertEquals(0, r.code(), r.err());
        RawNpy raw = RawNpy.read(npy);
        assertArrayEquals(new long[] { H, W, 2 }, raw.shape);
        for (int p = 0; p < H * W; p++) {
            assertEquals(101 + p, raw.data[p * 2], 1e-3);
            assertEquals(51 + p, raw.data[p * 2 + 1], 1e-3);
        }
        assertTrue(r.out().contains("(m/z): 510, 540"), r.out());
    }

    @Test
    void avirisNgChipConvertsToItsDocumentedShapeAndBytes(@TempDir Path dir) throws Exception {
        String shared = System.getProperty("spikemix.shared");
        Assumptions.assumeTrue(shared != null, "spikemix.shared not set");
        Path data = Path.of(shared, "data", "envi_aviris_ng", "ang20160910t185702_2rdn_img");
        Assumptions.assumeTrue(Files.isRegularFile(data), "AVIRIS-NG chip not present: " + data);
        Path npy = dir.resolve("aviris.npy");
        CliRun.Result r = CliRun.run("convert", "--input", data.toString(), "--output", npy.toString());
        assertEquals(0, r.code(), r.err());
        RawNpy raw = RawNpy.read(npy);
        assertArrayEquals(new long[] { 25, 30, 425 }, raw.shape);
        // independent decoding of the source: float32 little endian, BSQ, header offset 0 (MANIFEST.md)
        float[] bsq = floatsLe(Files.readAllBytes(data));
        int pixels = 25 * 30;
        for (int p : new int[] { 0, 31, 377, pixels - 1 }) {
            for (int b = 0; b < 425; b += 53) {
                assertEquals(bsq[b * pixels + p], raw.data[p * 425 + b], 0f, "pixel " + p + " band " + b);
            }
        }
    }

    private static double[] finiteRange(float[][] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float[] row : v) {
            for (float x : row) {
                if (!Float.isNaN(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return new double[] { lo, hi };
    }

    private static float[] floatsLe(byte[] bytes) {
        float[] f = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
        return f;
    }

    /** A float32 C-order .npy decoded from its bytes per the NumPy format specification. */
    private record RawNpy(long[] shape, float[] data) {
        static RawNpy read(Path file) throws IOException {
            byte[] all = Files.readAllBytes(file);
            assertEquals((byte) 0x93, all[0]);
            assertEquals("NUMPY", new String(all, 1, 5, StandardCharsets.ISO_8859_1));
            ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            int major = all[6];
            int headerLen = major == 1 ? Short.toUnsignedInt(bb.getShort(8)) : bb.getInt(8);
            int start = (major == 1 ? 10 : 12);
            String dict = new String(all, start, headerLen, StandardCharsets.ISO_8859_1);
            assertTrue(dict.contains("'descr': '<f4'"), dict);
            assertTrue(dict.contains("'fortran_order': False"), dict);
            Matcher m = Pattern.compile("'shape': \\(([^)]*)\\)").matcher(dict);
            assertTrue(m.find(), dict);
            long[] shape = Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .mapToLong(Long::parseLong).toArray();
            float[] data = new float[(all.length - start - headerLen) / 4];
            ByteBuffer.wrap(all, start + headerLen, data.length * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
            assertEquals(Arrays.stream(shape).reduce(1, (x, y) -> x * y), data.length);
            return new RawNpy(shape, data);
        }
    }
}
