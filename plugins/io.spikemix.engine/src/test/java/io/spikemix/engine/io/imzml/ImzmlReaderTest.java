package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ImzmlAxisMode;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImzmlReaderTest {

    @TempDir
    Path dir;

    /** Spectra for the 9 positions XS, YS of a 4 × 3 image (pixels 1, 7 and 10 have none): random ascending m/z. */
    private static double[][][] processedData(SplittableRandom rnd) {
        int n = XS.length;
        double[][] mz = new double[n][];
        double[][] in = new double[n][];
        for (int s = 0; s < n; s++) {
            int len = 5 + rnd.nextInt(20);
            mz[s] = new double[len];
            in[s] = new double[len];
            double v = 100 + rnd.nextDouble() * 5;
            for (int i = 0; i < len; i++) {
                v += 0.01 + rnd.nextDouble() * 3;
                mz[s][i] = v;
                in[s][i] = rnd.nextInt(1000);
            }
        }
        return new double[][][] {mz, in};
    }

    private static final int[] XS = {4, 1, 3, 2, 4, 1, 3, 1, 2};
    private static final int[] YS = {3, 1, 1, 2, 1, 2, 2, 3, 3};

    @Test
    void processedModeBinnedInDaltonMatchesABruteForceSumPerBin() throws Exception {
        SplittableRandom rnd = new SplittableRandom(1);
        double[][][] d = processedData(rnd);
        for (String type : new String[] {"MS:1000521", "MS:1000523", "MS:1000519", "MS:1000522"}) {
            Path imzml = ImzmlFixtures.writeProcessed(dir, "p" + type.substring(3), XS, YS, d[0], d[1], type, 4, 3);
            double tol = 0.75;
            SpectralCube cube = ImzmlReader.read(imzml, ReadOptions.builder().mzTolerance(MzTolerance.da(tol))
                    .verifyChecksum(true).build(), ProgressMonitor.NONE);
            assertEquals(3, cube.height());
            assertEquals(4, cube.width());
            assertEquals(9, cube.validCount());
            // brute force: global min, bins of width tol, keep used bins
            double min = Double.MAX_VALUE;
            for (double[] m : d[0]) {
                min = Math.min(min, m[0]);
            }
            java.util.TreeMap<Long, double[]> perBin = new java.util.TreeMap<>();
            for (int s = 0; s < XS.length; s++) {
                for (int i = 0; i < d[0][s].length; i++) {
                    long k = (long) Math.floor((d[0][s][i] - min) / tol);
                    perBin.computeIfAbsent(k, kk -> new double[12])[(YS[s] - 1) * 4 + XS[s] - 1] += d[1][s][i];
                }
            }
            assertEquals(perBin.size(), cube.bandCount());
            int j = 0;
            for (Map.Entry<Long, double[]> e : perBin.entrySet()) {
                assertEquals(min + (e.getKey() + 0.5) * tol, cube.bands().value(j), 1e-9);
                for (int r = 0; r < cube.validCount(); r++) {
                    assertEquals(e.getValue()[cube.pixelIndex(r)], cube.spectra().get(r, j), 1e-3);
                }
                j++;
            }
            assertFalse(cube.validMask()[1]);
            assertFalse(cube.validMask()[7]);
            assertFalse(cube.validMask()[10]);
            assertEquals("m/z", cube.bands().unit());
        }
    }

    @Test
    void ppmBinsGrowWithMzAndKeepEveryIntensity() throws Exception {
        double[][][] d = processedData(new SplittableRandom(2));
        Path imzml = ImzmlFixtures.writeProcessed(dir, "ppm", XS, YS, d[0], d[1], "MS:1000523", 4, 3);
        SpectralCube cube = ImzmlReader.read(imzml, ReadOptions.builder().mzTolerance(MzTolerance.ppm(2000)).build(),
                ProgressMonitor.NONE);
        double[] centres = cube.bands().values();
        for (int j = 1; j < centres.length; j++) {
            assertTrue(centres[j] > centres[j - 1]);
        }
        for (int r = 0; r < cube.validCount(); r++) {
            int s = -1;
            for (int t = 0; t < XS.length; t++) {
                if ((YS[t] - 1) * 4 + XS[t] - 1 == cube.pixelIndex(r)) {
                    s = t;
                }
            }
            double want = java.util.Arrays.stream(d[1][s]).sum();
            double got = 0;
            for (int j = 0; j < cube.bandCount(); j++) {
                got += cube.spectra().get(r, j);
            }
            assertEquals(want, got, 1e-3, "TIC is preserved by binning");
            // every data point lands in a bin whose centre is within one bin width (2000 ppm) of it
            for (double mz : d[0][s]) {
                double nearest = Double.MAX_VALUE;
                for (double c : centres) {
                    nearest = Math.min(nearest, Math.abs(c - mz) / mz);
                }
                assertTrue(nearest <= 2000e-6, "m/z " + mz + " is " + nearest + " from its bin centre");
            }
        }
    }

    @Test
    void peakListSumsIntensitiesWithinTheToleranceOfEachPeak() throws Exception {
        double[][] mz = {{100.0, 100.004, 150.0, 200.02}, {99.995, 150.2, 199.99}};
        double[][] in = {{1, 2, 4, 8}, {16, 32, 64}};
        Path imzml = ImzmlFixtures.writeProcessed(dir, "peaks", new int[] {1, 2}, new int[] {1, 1}, mz, in,
                "MS:1000521", 2, 1);
        SpectralCube cube = ImzmlReader.read(imzml, ReadOptions.builder().imzmlAxisMode(ImzmlAxisMode.PEAK_LIST)
                .peakList(200, 100, 150).mzTolerance(MzTolerance.da(0.05)).build(), ProgressMonitor.NONE);
        assertArrayEquals(new double[] {100, 150, 200}, cube.bands().values());
        assertArrayEquals(new float[] {3, 4, 8}, row(cube, 0));
        assertArrayEquals(new float[] {16, 0, 64}, row(cube, 1));
    }

    private static float[] row(SpectralCube c, int r) {
        float[] v = new float[c.bandCount()];
        c.spectra().getRow(r, v);
        return v;
    }

    @Test
    void writerRoundTripInContinuousModeWithFloat64AndFloat32Mz() throws Exception {
        SplittableRandom rnd = new SplittableRandom(5);
        int nb = 50;
        double[] mz = new double[nb];
        for (int j = 0; j < nb; j++) {
            mz[j] = 400 + j * 0.123456789;
        }
        int[] pixels = {0, 2, 3, 5, 6};
        SpectralMatrix m = SpectralMatrix.allocate(pixels.length, nb);
        for (int r = 0; r < pixels.length; r++) {
            for (int j = 0; j < nb; j++) {
                m.set(r, j, (float) (rnd.nextDouble() * 1e4));
            }
        }
        SpectralCube cube = SpectralCube.masked(3, 3, m, pixels, BandAxis.of(mz, "m/z"), Map.of());
        for (boolean f64 : new boolean[] {true, false}) {
            Path file = dir.resolve("rt" + f64 + ".imzML");
            ImzmlWriter.write(cube, file, f64, UUID.nameUUIDFromBytes(new byte[] {1}), ProgressMonitor.NONE);
            SpectralCube back = ImzmlReader.read(file, ReadOptions.builder().verifyChecksum(true).build(),
                    ProgressMonitor.NONE);
            assertEquals(m, back.spectra());
            assertEquals(3, back.width());
            assertEquals(5, back.validCount());
            for (int r = 0; r < pixels.length; r++) {
                assertEquals(pixels[r], back.pixelIndex(r));
            }
            for (int j = 0; j < nb; j++) {
                assertEquals(f64 ? mz[j] : (double) (float) mz[j], back.bands().value(j), 0.0);
            }
            assertEquals("continuous", back.metadata().get("imzml.mode"));
            // independent decoding: intensity of row 3, band 7 from the raw bytes
            ByteBuffer ibd = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("rt" + f64 + ".ibd")))
                    .order(ByteOrder.LITTLE_ENDIAN);
            int first = 16 + nb * (f64 ? 8 : 4);
            assertEquals(m.get(3, 7), ibd.getFloat(first + (3 * nb + 7) * 4));
        }
    }

    @Test
    void continuousBandRangeKeepsOnlyTheSelectedMz() throws Exception {
        SpectralMatrix m = SpectralMatrix.of(new float[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});
        SpectralCube cube = SpectralCube.full(1, 2, m, BandAxis.of(new double[] {100, 200, 300, 400}, "m/z"));
        Path file = dir.resolve("range.imzML");
        ImzmlWriter.write(cube, file, true, UUID.randomUUID(), ProgressMonitor.NONE);
        SpectralCube back = ImzmlReader.read(file, ReadOptions.builder().bandRange(150, 300).build(),
                ProgressMonitor.NONE);
        assertArrayEquals(new double[] {200, 300}, back.bands().values());
        assertArrayEquals(new float[] {6, 7}, row(back, 1));
    }

    @Test
    void uuidMismatchIsReportedWithBothValues() throws Exception {
        double[][][] d = processedData(new SplittableRandom(3));
        Path imzml = ImzmlFixtures.writeProcessed(dir, "uuid", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("uuid.ibd").toFile(), "rw")) {
            f.seek(3);
            f.write(0xEE);
        }
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertEquals("UUID", e.field());
        assertTrue(e.getMessage().contains("0123456789abcdef0123456789abcdef"), e.getMessage());
        assertTrue(e.getMessage().contains("012345ee89abcdef"), e.getMessage());
    }

    @Test
    void checksumMismatchIsFoundOnlyWhenVerificationIsAsked() throws Exception {
        double[][][] d = processedData(new SplittableRandom(3));
        Path imzml = ImzmlFixtures.writeProcessed(dir, "sha", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("sha.ibd").toFile(), "rw")) {
            f.seek(f.length() - 1);
            f.write(0x55);
        }
        ImzmlReader.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE);
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml, ReadOptions.builder().verifyChecksum(true).build(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("expected the declared checksum"), e.getMessage());
    }

    @Test
    void offsetsAndLengthsOutsideTheIbdAreRefused() throws Exception {
        double[][][] d = processedData(new SplittableRandom(4));
        Path imzml = ImzmlFixtures.writeProcessed(dir, "range", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        ImzmlFixtures.replaceInFile(imzml, "name=\"external offset\" value=\"16\"",
                "name=\"external offset\" value=\"99999999\"");
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("spectrum 0 m/z array"), e.getMessage());
        assertTrue(e.getMessage().contains("inside the .ibd file"), e.getMessage());

        Path imzml2 = ImzmlFixtures.writeProcessed(dir, "len", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        String len = "name=\"external array length\" value=\"" + d[0][0].length + "\"";
        ImzmlFixtures.replaceInFile(imzml2, len, "name=\"external array length\" value=\"2000000000\"");
        assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml2, ReadOptions.defaults(), ProgressMonitor.NONE));
    }

    @Test
    void doctypeEntitiesAreNeitherFetchedNorExpanded() throws Exception {
        SpectralMatrix m = SpectralMatrix.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
        SpectralCube cube = SpectralCube.full(1, 2, m, BandAxis.of(new double[] {100, 200, 300}, "m/z"));
        // an external entity whose content would break the document if it were included, and a nested one
        Path outside = Files.writeString(dir.resolve("outside.txt"), "<<< not XML");
        String doctype = "<!DOCTYPE mzML [<!ENTITY ext SYSTEM \"" + outside.toUri() + "\">"
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<mzML";
        Path inText = dir.resolve("text.imzML");
        ImzmlWriter.write(cube, inText, true, UUID.randomUUID(), ProgressMonitor.NONE);
        ImzmlFixtures.replaceInFile(inText, "<mzML", doctype);
        ImzmlFixtures.replaceInFile(inText, "</run>", "&ext;&b;</run>");
        assertEquals(m, ImzmlReader.read(inText, ReadOptions.defaults(), ProgressMonitor.NONE).spectra());

        Path inAttribute = dir.resolve("attribute.imzML");
        ImzmlWriter.write(cube, inAttribute, true, UUID.randomUUID(), ProgressMonitor.NONE);
        ImzmlFixtures.replaceInFile(inAttribute, "<mzML", doctype);
        ImzmlFixtures.replaceInFile(inAttribute, "name=\"position x\" value=\"1\"", "name=\"position x\" value=\"&b;\"");
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(inAttribute, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("malformed XML"), e.getMessage());
    }

    @Test
    void malformedXmlEmptyFilesAndMissingPartsAreClearErrors() throws Exception {
        double[][][] d = processedData(new SplittableRandom(4));
        Path imzml = ImzmlFixtures.writeProcessed(dir, "bad", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        ImzmlFixtures.replaceInFile(imzml, "</scan></scanList>", "</scanList>");
        SpectralFileException xml = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(xml.getMessage().contains("malformed XML"), xml.getMessage());
        assertTrue(xml.field().startsWith("XML line"), xml.field());

        Files.write(imzml, new byte[0]);
        assertTrue(assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE)).getMessage()
                .contains("empty"));

        Path imzml2 = ImzmlFixtures.writeProcessed(dir, "emptyibd", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        Files.write(dir.resolve("emptyibd.ibd"), new byte[0]);
        assertTrue(assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml2, ReadOptions.defaults(), ProgressMonitor.NONE)).getMessage()
                .contains("expected at least 16 bytes"));

        Path imzml3 = ImzmlFixtures.writeProcessed(dir, "nopos", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        ImzmlFixtures.replaceInFile(imzml3, "accession=\"IMS:1000050\"", "accession=\"IMS:9999999\"");
        SpectralFileException pos = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml3, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(pos.getMessage().contains("expected position x"), pos.getMessage());

        Path imzml4 = ImzmlFixtures.writeProcessed(dir, "nomode", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        ImzmlFixtures.replaceInFile(imzml4, "accession=\"IMS:1000031\"", "accession=\"IMS:1000000\"");
        assertTrue(assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml4, ReadOptions.defaults(), ProgressMonitor.NONE)).getMessage()
                .contains("storage mode"));
    }

    @Test
    void twoSpectraAtOnePixelAreRefused() throws Exception {
        double[][][] d = processedData(new SplittableRandom(4));
        int[] ys = YS.clone();
        ys[1] = 3;
        int[] xs = XS.clone();
        xs[1] = 4;
        Path imzml = ImzmlFixtures.writeProcessed(dir, "dup", xs, ys, d[0], d[1], "MS:1000521", 4, 3);
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("one spectrum per pixel"), e.getMessage());
    }

    @Test
    void anMzAxisThatIsNotFinitePositiveAndStrictlyIncreasingIsRefusedNamingSpectrumAndIndex() throws Exception {
        // issue 17, item 8b: a corrupted m/z value of -1.4e306 in a continuous file was accepted
        double[] mz = {100, 101, 102, 103, 104, 105, 106, 107, 108, 109};
        SpectralMatrix m = SpectralMatrix.of(new float[][] {new float[10], new float[10]});
        Object[][] cases = {{-1.4e306, "expected a finite m/z > 0"}, {Double.NaN, "expected a finite m/z > 0"},
            {Double.POSITIVE_INFINITY, "expected a finite m/z > 0"}, {0.0, "expected a finite m/z > 0"},
            {106.0, "strictly increasing"}, {150.0, "strictly increasing"}};
        for (int c = 0; c < cases.length; c++) {
            double[] bad = mz.clone();
            bad[7] = (double) cases[c][0];
            Path file = dir.resolve("axis" + c + ".imzML");
            // the writer takes the axis as given (BandAxis needs no order), the reader must not
            SpectralCube cube = SpectralCube.full(1, 2, m, BandAxis.of(mz, "m/z"));
            ImzmlWriter.write(cube, file, true, UUID.randomUUID(), ProgressMonitor.NONE);
            try (RandomAccessFile f = new RandomAccessFile(dir.resolve("axis" + c + ".ibd").toFile(), "rw")) {
                f.seek(16 + 7 * 8);
                f.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(bad[7]).array());
            }
            SpectralFileException e = assertThrows(SpectralFileException.class,
                    () -> ImzmlReader.read(file, ReadOptions.defaults(), ProgressMonitor.NONE));
            assertEquals("spectrum 0 m/z array index " + (c < 5 ? 7 : 8), e.field(), e.getMessage());
            assertTrue(e.getMessage().contains((String) cases[c][1]), e.getMessage());
        }
        // processed: spectrum 5's array goes down in the middle (first and last values still in order)
        double[][][] d = processedData(new SplittableRandom(9));
        double[] five = d[0][5];
        five[2] = five[1] - 0.001;
        Path processed = ImzmlFixtures.writeProcessed(dir, "down", XS, YS, d[0], d[1], "MS:1000523", 4, 3);
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(processed, ReadOptions.builder().mzTolerance(MzTolerance.da(1)).build(),
                        ProgressMonitor.NONE));
        assertEquals("spectrum 5 m/z array index 2", e.field(), e.getMessage());
    }

    @Test
    void aReferenceToAnUndefinedParamGroupIsSkippedWithAWarningWhenNothingNeededIsMissing() throws Exception {
        // issue 17, item 14: pyimzML reads such files with a warning; the reference adds nothing the spectra need
        double[][][] d = processedData(new SplittableRandom(10));
        Path ok = ImzmlFixtures.writeProcessed(dir, "ok", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        Path warned = ImzmlFixtures.writeProcessed(dir, "warned", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        for (int s = 0; s < 2; s++) {
            ImzmlFixtures.replaceInFile(warned, "<scanList count=\"1\"><scan>\n",
                    "<referenceableParamGroupRef ref=\"spectrum\"/><scanList count=\"1\"><scan >\n");
        }
        java.util.List<String> messages = new java.util.ArrayList<>();
        ProgressMonitor listening = ImzmlFixtures.recording(messages);
        SpectralCube cube = ImzmlReader.read(warned, ReadOptions.defaults(), listening);
        assertEquals(ImzmlReader.read(ok, ReadOptions.defaults(), ProgressMonitor.NONE).spectra(), cube.spectra());
        String warning = "referenceableParamGroupRef to the undefined group 'spectrum' (2 references) skipped";
        assertEquals(warning, cube.metadata().get("imzml.warning"));
        assertTrue(messages.contains("Warning: " + warning), messages.toString());

        // the same reference in an array whose type came from the missing group: still refused, naming the type
        Path missing = ImzmlFixtures.writeProcessed(dir, "missing", XS, YS, d[0], d[1], "MS:1000521", 4, 3);
        ImzmlFixtures.replaceInFile(missing, "<referenceableParamGroupRef ref=\"intensities\"/>",
                "<referenceableParamGroupRef ref=\"undefined\"/>");
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> ImzmlReader.read(missing, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("expected exactly one of m/z array"), e.getMessage());
    }
}
