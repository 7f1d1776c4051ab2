package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the real files of {@code ../shared/data} (see its MANIFEST.md) and compares shapes, band axes and pixel
 * spectra with values decoded independently here, straight from the raw bytes. Skipped when the data are absent.
 */
class SharedDataFilesTest {

    private static Path data(String relative) {
        String shared = System.getProperty("spikemix.shared");
        Assumptions.assumeTrue(shared != null, "system property spikemix.shared is not set");
        Path p = Path.of(shared, "data", relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), p + " is absent");
        return p;
    }

    private static ByteBuffer bytes(Path p) throws Exception {
        return ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static SpectralCube read(Path p, ReadOptions o) throws Exception {
        return SpectralReaders.read(p, o, ProgressMonitor.NONE);
    }

    private static float[] minMax(SpectralCube c) {
        float lo = Float.MAX_VALUE;
        float hi = -Float.MAX_VALUE;
        for (int r = 0; r < c.validCount(); r++) {
            for (int j = 0; j < c.bandCount(); j++) {
                float v = c.spectra().get(r, j);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new float[] {lo, hi};
    }

    @Test
    void avirisNgBsqChipMatchesItsRawBytes() throws Exception {
        Path hdr = data("envi_aviris_ng/ang20160910t185702_2rdn_img.hdr");
        SpectralCube c = read(hdr, ReadOptions.defaults());
        assertEquals(25, c.height());
        assertEquals(30, c.width());
        assertEquals(425, c.bandCount());
        assertEquals(750, c.validCount(), "no pixel holds the ignore value -9999");
        assertEquals("nm", c.bands().unit());
        assertEquals(376.44, c.bands().value(0), 1e-9);
        assertEquals(2500.12, c.bands().value(424), 1e-9);
        ByteBuffer raw = bytes(data("envi_aviris_ng/ang20160910t185702_2rdn_img"));
        for (int[] px : new int[][] {{0, 0}, {29, 24}, {13, 7}}) {
            int x = px[0];
            int y = px[1];
            for (int b = 0; b < 425; b++) {
                assertEquals(raw.getFloat(((b * 25 + y) * 30 + x) * 4), c.spectra().get(y * 30 + x, b));
            }
        }
        float[] mm = minMax(c);
        assertTrue(mm[0] >= -0.01f && mm[1] <= 11f && mm[1] > 10f, mm[0] + ".." + mm[1]);
        assertTrue(c.metadata().get("envi.map info").contains("UTM"));
    }

    @Test
    void avirisNgBilChipMatchesItsRawBytes() throws Exception {
        SpectralCube c = read(data("envi_aviris_ng/ang20170323t202244_rdn_7000-7010.hdr"), ReadOptions.defaults());
        assertEquals(10, c.height());
        assertEquals(10, c.width());
        assertEquals(425, c.bandCount());
        assertEquals(376.86, c.bands().value(0), 1e-9);
        assertEquals(2500.54, c.bands().value(424), 1e-9);
        assertEquals(6.03, c.bands().fwhm().get()[424], 1e-9);
        ByteBuffer raw = bytes(data("envi_aviris_ng/ang20170323t202244_rdn_7000-7010"));
        for (int[] px : new int[][] {{0, 0}, {9, 9}, {3, 6}}) {
            int x = px[0];
            int y = px[1];
            for (int b = 0; b < 425; b++) {
                assertEquals(raw.getFloat(((y * 425 + b) * 10 + x) * 4), c.spectra().get(y * 10 + x, b));
            }
        }
        float[] mm = minMax(c);
        assertTrue(mm[0] >= -0.02f && mm[1] <= 12.9f, mm[0] + ".." + mm[1]);
    }

    @Test
    void cornKernelUint16BilWithoutByteOrderIsLittleEndian() throws Exception {
        SpectralCube c = read(data("envi_corn_kernel/corn-kernel-hyperspectral.hdr"), ReadOptions.defaults());
        assertEquals(31, c.height());
        assertEquals(43, c.width());
        assertEquals(580, c.bandCount());
        assertEquals(366.551, c.bands().value(0), 1e-9);
        assertEquals(1048.4, c.bands().value(579), 0.05);
        ByteBuffer raw = bytes(data("envi_corn_kernel/corn-kernel-hyperspectral.raw"));
        for (int[] px : new int[][] {{0, 0}, {42, 30}, {21, 15}}) {
            int x = px[0];
            int y = px[1];
            for (int b = 0; b < 580; b++) {
                assertEquals(raw.getShort(((y * 580 + b) * 43 + x) * 2) & 0xFFFF, c.spectra().get(y * 43 + x, b));
            }
        }
        float[] mm = minMax(c);
        assertEquals(0f, mm[0]);
        assertEquals(2887f, mm[1]);
    }

    /** Per spectrum: position x, y and the intensity array's offset, found with a regular expression. */
    private static List<long[]> spectra(Path imzml) throws Exception {
        String xml = Files.readString(imzml, StandardCharsets.ISO_8859_1);
        Matcher sm = Pattern.compile("<spectrum .*?</spectrum>", Pattern.DOTALL).matcher(xml);
        Pattern px = Pattern.compile("IMS:1000050\"[^>]*value=\"(\\d+)\"");
        Pattern py = Pattern.compile("IMS:1000051\"[^>]*value=\"(\\d+)\"");
        Pattern off = Pattern.compile("IMS:1000102\"[^>]*value=\"(\\d+)\"");
        List<long[]> out = new ArrayList<>();
        while (sm.find()) {
            String s = sm.group();
            Matcher mx = px.matcher(s);
            Matcher my = py.matcher(s);
            Matcher mo = off.matcher(s);
            assertTrue(mx.find() && my.find() && mo.find() && mo.find());
            out.add(new long[] {Long.parseLong(mx.group(1)), Long.parseLong(my.group(1)), Long.parseLong(mo.group(1))});
        }
        return out;
    }

    private static int rowOf(SpectralCube c, long x, long y) {
        int pixel = (int) ((y - 1) * c.width() + x - 1);
        for (int r = 0; r < c.validCount(); r++) {
            if (c.pixelIndex(r) == pixel) {
                return r;
            }
        }
        throw new AssertionError("pixel " + x + "," + y + " has no row");
    }

    @Test
    void officialContinuousExampleMatchesItsIbdAndChecksum() throws Exception {
        Path imzml = data("imzml_example/Example_Continuous.imzML");
        SpectralCube c = read(imzml, ReadOptions.builder().verifyChecksum(true).build());
        assertEquals(3, c.height());
        assertEquals(3, c.width());
        assertEquals(9, c.validCount());
        assertEquals(8399, c.bandCount());
        ByteBuffer ibd = bytes(data("imzml_example/Example_Continuous.ibd"));
        for (int j = 0; j < 8399; j += 97) {
            assertEquals(ibd.getFloat(16 + 4 * j), c.bands().value(j), 0);
        }
        assertEquals(100.08, c.bands().value(0), 0.01);
        assertEquals(799.92, c.bands().value(8398), 0.01);
        for (long[] s : spectra(imzml)) {
            int r = rowOf(c, s[0], s[1]);
            for (int j = 0; j < 8399; j += 13) {
                assertEquals(ibd.getFloat((int) s[2] + 4 * j), c.spectra().get(r, j));
            }
        }
    }

    @Test
    void officialProcessedExampleIsBinnedWithoutLosingIntensity() throws Exception {
        Path imzml = data("imzml_example/Example_Processed.imzML");
        SpectralCube c = read(imzml, ReadOptions.builder().verifyChecksum(true).mzTolerance(MzTolerance.ppm(5))
                .build());
        assertEquals(9, c.validCount());
        assertTrue(c.bandCount() >= 8399 && c.bandCount() < 9 * 8399, "bins in use: " + c.bandCount());
        ByteBuffer ibd = bytes(data("imzml_example/Example_Processed.ibd"));
        for (long[] s : spectra(imzml)) {
            int r = rowOf(c, s[0], s[1]);
            double want = 0;
            for (int j = 0; j < 8399; j++) {
                want += ibd.getFloat((int) s[2] + 4 * j);
            }
            double got = 0;
            for (int j = 0; j < c.bandCount(); j++) {
                got += c.spectra().get(r, j);
            }
            assertEquals(want, got, 1e-4 * want);
        }
    }

    @Test
    void m2aiaFileWithFloat64MzMatchesItsIbd() throws Exception {
        Path imzml = data("imzml_m2aia_test/test.imzML");
        SpectralCube c = read(imzml, ReadOptions.builder().verifyChecksum(true).build());
        assertEquals(4, c.height());
        assertEquals(5, c.width());
        assertEquals(20, c.validCount());
        assertEquals(10463, c.bandCount());
        ByteBuffer ibd = bytes(data("imzml_m2aia_test/test.ibd"));
        for (int j = 0; j < 10463; j += 101) {
            assertEquals(ibd.getDouble(16 + 8 * j), c.bands().value(j), 0);
        }
        assertEquals(1997.5, c.bands().value(0), 0.1);
        assertEquals(10004.4, c.bands().value(10462), 0.1);
        for (long[] s : spectra(imzml)) {
            int r = rowOf(c, s[0], s[1]);
            for (int j = 0; j < 10463; j += 17) {
                assertEquals(ibd.getFloat((int) s[2] + 4 * j), c.spectra().get(r, j));
            }
        }
        float[] mm = minMax(c);
        assertTrue(mm[0] >= 9.7e3f && mm[1] <= 9.7e4f, mm[0] + ".." + mm[1]);
    }

    @Test
    void samsonCubeAndAbundancesMatchTheDocumentedFacts() throws Exception {
        Path mat = data("samson/Samson.mat");
        SpectralFileException ambiguous = assertThrows(SpectralFileException.class,
                () -> read(mat, ReadOptions.defaults()));
        assertTrue(ambiguous.getMessage().contains("SamSon (95x95x156"), ambiguous.getMessage());
        SpectralCube c = read(mat, ReadOptions.builder().matVariable("SamSon").build());
        assertEquals(95, c.height());
        assertEquals(95, c.width());
        assertEquals(156, c.bandCount());
        float[] mm = minMax(c);
        assertTrue(mm[0] >= 0f && mm[1] <= 1f, mm[0] + ".." + mm[1]);
        SpectralCube a = read(mat, ReadOptions.builder().matVariable("A").build());
        int[] counts = new int[3];
        for (int r = 0; r < a.validCount(); r++) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                if (a.spectra().get(r, k) > a.spectra().get(r, best)) {
                    best = k;
                }
            }
            counts[best]++;
        }
        assertEquals(3015, counts[0], "rock");
        assertEquals(3666, counts[1], "tree");
        assertEquals(2344, counts[2], "water");
    }

    @Test
    void gatorSenseCubesReadWithTheirDefaultsAndWavelengths() throws Exception {
        SpectralCube vi = read(data("gatorsense_demo/a_hsi_img_for_VI_demo.mat"), ReadOptions.defaults());
        assertEquals(90, vi.height());
        assertEquals(90, vi.width());
        assertEquals(224, vi.bandCount());
        assertEquals("hsi_img", vi.metadata().get("mat.variable"));
        float[] mm = minMax(vi);
        assertEquals(-12f, mm[0]);
        assertEquals(8143f, mm[1]);
        assertEquals(365.9, vi.bands().value(0), 0.1);
        assertEquals(2496.2, vi.bands().value(223), 0.1);

        SpectralCube tgt = read(data("gatorsense_demo/an_hsi_img_for_tgt_det_demo.mat"), ReadOptions.defaults());
        assertEquals(36, tgt.height());
        assertEquals(36, tgt.width());
        assertEquals(72, tgt.bandCount());
        assertEquals("hsi_sub", tgt.metadata().get("mat.variable"));
    }
}
