package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;

class CsvSpectraTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aHeaderlessCommaTableIsReadAsATableInFileOrder() throws Exception {
        SpectralCube c = CsvSpectraReader.read(csv("t.csv", "1,2,3\n4.5,-6e2,0.25\n\n"));
        assertFalse(c.hasImageShape());
        assertEquals(BandAxis.indices(3), c.bands());
        assertArrayEquals(new double[][] { { 1, 2, 3 }, { 4.5, -600, 0.25 } }, c.spectra().toDoubleRows());
    }

    @Test
    void semicolonAndTabDelimitersAreDetected() throws Exception {
        SpectralCube semi = CsvSpectraReader.read(csv("s.csv", "a;b\n1;2\n3;4\n"));
        assertArrayEquals(new double[][] { { 1, 2 }, { 3, 4 } }, semi.spectra().toDoubleRows());
        assertArrayEquals(new String[] { "a", "b" }, semi.bands().names().orElseThrow());
        SpectralCube tab = CsvSpectraReader.read(csv("t.tsv", "1\t2\t3\n"));
        assertEquals(3, tab.bandCount());
    }

    @Test
    void xAndYColumnsPlaceSpectraInAnImageAndMissingPixelsAreMasked() throws Exception {
        // 3 x 2 image (width 3, height 2), pixel (x=1, y=0) missing, lines out of order
        String text = "y,x,400,500.5\n" + "1,2,6,60\n" + "0,0,1,10\n" + "1,0,4,40\n" + "0,2,3,30\n" + "1,1,5,50\n";
        SpectralCube c = CsvSpectraReader.read(csv("xy.csv", text));
        assertTrue(c.hasImageShape());
        assertEquals(2, c.height());
        assertEquals(3, c.width());
        assertEquals(5, c.validCount());
        assertTrue(c.hasMask());
        assertArrayEquals(new double[] { 400, 500.5 }, c.bands().values());
        int[] expectedPixels = { 0, 2, 3, 4, 5 };
        double[] expectedFirst = { 1, 3, 4, 5, 6 };
        for (int r = 0; r < 5; r++) {
            assertEquals(expectedPixels[r], c.pixelIndex(r));
            assertEquals(expectedFirst[r], c.spectra().get(r, 0));
            assertEquals(expectedFirst[r] * 10, c.spectra().get(r, 1));
        }
    }

    @Test
    void nonFiniteSpellingsAreReadAsTheyAre() throws Exception {
        SpectralCube c = CsvSpectraReader.read(csv("n.csv", "NaN,nan,inf,-Inf,Infinity\n"));
        float[] row = new float[5];
        c.spectra().getRow(0, row);
        assertTrue(Float.isNaN(row[0]) && Float.isNaN(row[1]));
        assertEquals(Float.POSITIVE_INFINITY, row[2]);
        assertEquals(Float.NEGATIVE_INFINITY, row[3]);
        assertEquals(Float.POSITIVE_INFINITY, row[4]);
    }

    @Test
    void aBadNumberNamesLineAndColumn() throws Exception {
        Path f = csv("bad.csv", "a,b,c\n1,2,3\n\n4,x5,6\n");
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(f));
        assertEquals("line 4, column 2", e.field());
        assertTrue(e.getMessage().contains("expected a number, found 'x5'"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        Path suffix = csv("suffix.csv", "1,2\n3,4f\n");
        assertEquals("line 2, column 2", assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(suffix)).field());
        Path empty = csv("emptyfield.csv", "1,2,3\n1,,3\n");
        assertEquals("line 2, column 2", assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(empty)).field());
    }

    @Test
    void raggedLinesAreRejected() throws Exception {
        Path f = csv("ragged.csv", "1,2,3\n4,5\n");
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(f));
        assertEquals("line 2", e.field());
        assertTrue(e.getMessage().contains("expected 3 values"), e.getMessage());
    }

    @Test
    void coordinateProblemsAreNamed() throws Exception {
        Path dup = csv("dup.csv", "x,y,a\n0,0,1\n1,0,2\n0,0,3\n");
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(dup));
        assertEquals("line 4", e.field());
        assertTrue(e.getMessage().contains("already given on line 2"), e.getMessage());

        Path negative = csv("neg.csv", "x,y,a\n0,-1,1\n");
        e = assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(negative));
        assertEquals("line 2, column 2", e.field());
        assertTrue(e.getMessage().contains("'y' as an integer >= 0, found '-1'"), e.getMessage());

        Path fraction = csv("frac.csv", "x,y,a\n0.5,1,1\n");
        assertEquals("line 2, column 1", assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(fraction)).field());

        Path onlyX = csv("onlyx.csv", "x,a\n0,1\n");
        e = assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(onlyX));
        assertTrue(e.getMessage().contains("'x' column without 'y'"), e.getMessage());

        Path noFeatures = csv("nof.csv", "x,y\n0,1\n");
        assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(noFeatures));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRejected() throws Exception {
        Path empty = csv("empty.csv", "\n  \n");
        assertTrue(assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(empty)).getMessage().contains("empty"));
        Path header = csv("header.csv", "a,b\n");
        assertTrue(assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(header)).getMessage()
                .contains("no data lines"));
        Path missing = dir.resolve("missing.csv");
        assertTrue(assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(missing)).getMessage()
                .contains("not found"));
    }

    @Test
    void aMaskedCubeRoundTripsThroughWriterAndReader() throws Exception {
        SplittableRandom rnd = new SplittableRandom(5);
        int h = 4;
        int w = 5;
        int[] pixels = { 0, 1, 3, 7, 8, 12, 19 };
        SpectralMatrix m = SpectralMatrix.allocate(pixels.length, 3);
        for (int r = 0; r < pixels.length; r++) {
            for (int f = 0; f < 3; f++) {
                m.set(r, f, (float) (rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-8, 8))));
            }
        }
        m.set(2, 1, Float.NaN);
        SpectralCube cube = SpectralCube.masked(h, w, m, pixels, BandAxis.of(new double[] { 400, 450.5, 500 }, "nm"), Map.of());
        Path file = dir.resolve("cube.csv");
        CsvSpectraWriter.write(file, cube, ProgressMonitor.NONE);

        SpectralCube back = CsvSpectraReader.read(file);
        assertEquals(h, back.height());
        assertEquals(w, back.width());
        assertArrayEquals(cube.validMask(), back.validMask());
        assertEquals(m, back.spectra());
        assertArrayEquals(new double[] { 400, 450.5, 500 }, back.bands().values());
    }

    @Test
    void aTableWithBandNamesRoundTrips() throws Exception {
        SpectralMatrix m = SpectralMatrix.of(new double[][] { { 1, 2 }, { 3, 4 } });
        SpectralCube t = SpectralCube.table(m, BandAxis.of(new double[] { 0, 1 }, BandAxis.INDEX_UNIT, null, new String[] { "Fe", "Cu" }));
        Path file = dir.resolve("t.csv");
        CsvSpectraWriter.write(file, t, ProgressMonitor.NONE);
        assertEquals("Fe,Cu\n1.0,2.0\n3.0,4.0\n", Files.readString(file));
        SpectralCube back = CsvSpectraReader.read(file);
        assertEquals(t.bands(), back.bands());
        assertEquals(m, back.spectra());
    }
}
