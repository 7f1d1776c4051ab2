package io.spikemix.engine.io.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.MatLayout;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

class MatReaderTest {

    @TempDir
    Path dir;

    /** A value that identifies its (row, col, band) uniquely. */
    private static double value(int y, int x, int b) {
        return 1000 * b + 10 * y + x + 0.5;
    }

    private static void assertCube(SpectralCube c, int h, int w, int nb) {
        assertEquals(h, c.height());
        assertEquals(w, c.width());
        assertEquals(nb, c.bandCount());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < nb; b++) {
                    assertEquals(value(y, x, b), c.spectra().get(y * w + x, b), 1e-3, "y=" + y + " x=" + x + " b=" + b);
                }
            }
        }
    }

    private Path mat5(String name, Object... vars) throws Exception {
        Mat5File f = Mat5.newMatFile();
        for (int i = 0; i < vars.length; i += 2) {
            f.addArray((String) vars[i], (us.hebi.matlab.mat.types.Array) vars[i + 1]);
        }
        Path p = dir.resolve(name);
        Mat5.writeToFile(f, p.toFile());
        return p;
    }

    private static Matrix cube3d(int h, int w, int nb) {
        Matrix m = Mat5.newMatrix(new int[] {h, w, nb}, MatlabType.Single);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < nb; b++) {
                    m.setDouble(new int[] {y, x, b}, value(y, x, b));
                }
            }
        }
        return m;
    }

    @Test
    void threeDimensionalArrayIsReadInMatlabIndexOrderWithItsWavelengths() throws Exception {
        Matrix wl = Mat5.newMatrix(4, 1);
        for (int b = 0; b < 4; b++) {
            wl.setDouble(b, 0, 400 + 10 * b);
        }
        Path p = mat5("cube.mat", "img", cube3d(3, 5, 4), "wavelengths", wl, "label", Mat5.newMatrix(3, 5));
        SpectralCube c = MatReader.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
        assertCube(c, 3, 5, 4);
        assertArrayEquals(new double[] {400, 410, 420, 430}, c.bands().values());
        assertEquals("img", c.metadata().get("mat.variable"));
    }

    @Test
    void twoDimensionalMatricesUseColumnMajorPixelNumbersInBothOrientations() throws Exception {
        int h = 3;
        int w = 4;
        int nb = 5;
        Matrix bp = Mat5.newMatrix(nb, h * w);
        Matrix pb = Mat5.newMatrix(h * w, nb);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y + h * x;
                for (int b = 0; b < nb; b++) {
                    bp.setDouble(b, p, value(y, x, b));
                    pb.setDouble(p, b, value(y, x, b));
                }
            }
        }
        Path f = mat5("flat.mat", "Y", bp, "X", pb);
        SpectralCube byCols = MatReader.read(f, ReadOptions.builder().matVariable("Y").matShape(h, w).build(),
                ProgressMonitor.NONE);
        assertCube(byCols, h, w, nb);
        SpectralCube byRows = MatReader.read(f, ReadOptions.builder().matVariable("X").matShape(h, w)
                .matLayout(MatLayout.PIXELS_BY_BANDS).build(), ProgressMonitor.NONE);
        assertCube(byRows, h, w, nb);
    }

    @Test
    void version73HdfFilesAreReadWithReversedDimensions() throws Exception {
        int h = 3;
        int w = 4;
        int nb = 2;
        // HDF5 holds MATLAB's h x w x b array as b x w x h in C order
        double[][][] data = new double[nb][w][h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < nb; b++) {
                    data[b][x][y] = value(y, x, b);
                }
            }
        }
        Path p = dir.resolve("v73.mat");
        try (WritableHdfFile hdf = HdfFile.write(p)) {
            WritableDataset ds = hdf.putDataset("cube", data);
            ds.putAttribute("MATLAB_class", "double");
        }
        SpectralCube c = MatReader.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
        assertCube(c, h, w, nb);
    }

    @Test
    void ambiguousOrMissingVariablesAndWrongRanksAreExplained() throws Exception {
        Path two = mat5("two.mat", "a", cube3d(2, 2, 2), "b", cube3d(2, 3, 2));
        SpectralFileException amb = assertThrows(SpectralFileException.class,
                () -> MatReader.read(two, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(amb.getMessage().contains("a (2x2x2 single)"), amb.getMessage());
        assertTrue(amb.getMessage().contains("b (2x3x2 single)"), amb.getMessage());

        SpectralFileException missing = assertThrows(SpectralFileException.class,
                () -> MatReader.read(two, ReadOptions.builder().matVariable("c").build(), ProgressMonitor.NONE));
        assertEquals("c", missing.field());

        Path four = mat5("four.mat", "q", Mat5.newMatrix(new int[] {2, 2, 2, 2}));
        SpectralFileException rank = assertThrows(SpectralFileException.class,
                () -> MatReader.read(four, ReadOptions.builder().matVariable("q").build(), ProgressMonitor.NONE));
        assertTrue(rank.getMessage().contains("found rank 4"), rank.getMessage());

        Path flat = mat5("flat2.mat", "v", Mat5.newMatrix(6, 4));
        SpectralFileException noShape = assertThrows(SpectralFileException.class,
                () -> MatReader.read(flat, ReadOptions.builder().matVariable("v").build(), ProgressMonitor.NONE));
        assertTrue(noShape.getMessage().contains("needs the image lines and columns"), noShape.getMessage());
        SpectralFileException wrongLayout = assertThrows(SpectralFileException.class,
                () -> MatReader.read(flat, ReadOptions.builder().matVariable("v")
                        .matLayout(MatLayout.HEIGHT_WIDTH_BANDS).build(), ProgressMonitor.NONE));
        assertTrue(wrongLayout.getMessage().contains("expected rank 3"), wrongLayout.getMessage());
    }

    @Test
    void emptyAndGarbageFilesAreRefused() throws Exception {
        Path empty = dir.resolve("empty.mat");
        Files.write(empty, new byte[0]);
        assertTrue(assertThrows(SpectralFileException.class,
                () -> MatReader.read(empty, ReadOptions.defaults(), ProgressMonitor.NONE)).getMessage()
                .contains("empty"));
        Path junk = dir.resolve("junk.mat");
        byte[] b = new byte[300];
        java.util.Arrays.fill(b, (byte) 'x');
        Files.write(junk, b);
        assertThrows(SpectralFileException.class, () -> MatReader.read(junk, ReadOptions.defaults(),
                ProgressMonitor.NONE));
    }

    private Path version73() throws Exception {
        double[][][] data = new double[4][30][20];
        for (int b = 0; b < 4; b++) {
            for (int x = 0; x < 30; x++) {
                for (int y = 0; y < 20; y++) {
                    data[b][x][y] = value(y, x, b);
                }
            }
        }
        Path p = dir.resolve("v73.mat");
        try (WritableHdfFile hdf = HdfFile.write(p)) {
            hdf.putDataset("cube", data).putAttribute("MATLAB_class", "double");
        }
        return p;
    }

    @Test
    void aTruncatedVersion73FileIsRefusedAtEveryLength() throws Exception {
        byte[] whole = Files.readAllBytes(version73());
        MatReader.read(dir.resolve("v73.mat"), ReadOptions.defaults(), ProgressMonitor.NONE);
        for (int cut : new int[] { 1, 8, 100, 2000, whole.length / 2 }) {
            Path t = dir.resolve("cut" + cut + ".mat");
            Files.write(t, java.util.Arrays.copyOf(whole, whole.length - cut));
            SpectralFileException e = assertThrows(SpectralFileException.class,
                    () -> MatReader.read(t, ReadOptions.defaults(), ProgressMonitor.NONE), "cut " + cut);
            assertTrue(e.getMessage().startsWith(t.toString()) && !e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void matlabVersion4IsRefusedWithTheWayOut() throws Exception {
        // a v4 matrix: MOPT 0 (double, little endian), 1 x 1, real, name "x\0", then one double
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(38).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0).putInt(1).putInt(1).putInt(0).putInt(2).put((byte) 'x').put((byte) 0).putDouble(3.5);
        Path v4 = dir.resolve("v4.mat");
        Files.write(v4, b.array());
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> MatReader.read(v4, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().endsWith("MATLAB v4 is not supported; save with -v7 or -v7.3"), e.getMessage());
    }

    @Test
    void deeplyNestedCellsAreRefusedNotAStackOverflow() throws Exception {
        Path p = dir.resolve("nested.mat");
        Files.write(p, MatFixtures.nestedCells(20_000));
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> MatReader.read(p, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("nested at most " + Mat5Structure.MAX_DEPTH), e.getMessage());
        Path shallow = dir.resolve("shallow.mat");
        Files.write(shallow, MatFixtures.nestedCells(3));
        SpectralFileException s = assertThrows(SpectralFileException.class,
                () -> MatReader.read(shallow, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(s.getMessage().contains("expected exactly one 3-D numeric array"), "a valid file: " + s.getMessage());
    }

    @Test
    void anUnterminatedZlibStreamIsRefused() throws Exception {
        byte[] cube = matrixElement();
        Path good = dir.resolve("z.mat");
        Files.write(good, MatFixtures.file(MatFixtures.compressed(cube, true)));
        assertCube(MatReader.read(good, ReadOptions.defaults(), ProgressMonitor.NONE), 2, 2, 2);
        Path cut = dir.resolve("zcut.mat");
        Files.write(cut, MatFixtures.file(MatFixtures.compressed(cube, false)));
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> MatReader.listVariables(cut));
        assertTrue(e.getMessage().contains("zlib stream"), e.getMessage());
    }

    @Test
    void elementsLongerThanTheFileAreRefusedAsTruncated() throws Exception {
        byte[] whole = MatFixtures.file(matrixElement(), MatFixtures.scalar("s", 2));
        for (int cut : new int[] { 1, 9, 40, whole.length - 140 }) {
            Path t = dir.resolve("t" + cut + ".mat");
            Files.write(t, java.util.Arrays.copyOf(whole, whole.length - cut));
            SpectralFileException e = assertThrows(SpectralFileException.class,
                    () -> MatReader.read(t, ReadOptions.defaults(), ProgressMonitor.NONE), "cut " + cut);
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("cut short"), e.getMessage());
        }
    }

    /** One uncompressed 2 x 2 x 2 double variable "cube" holding {@link #value}. */
    private static byte[] matrixElement() {
        double[] v = new double[8];
        for (int b = 0; b < 2; b++) {
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    v[y + 2 * x + 4 * b] = value(y, x, b);
                }
            }
        }
        return MatFixtures.doubles("cube", new int[] { 2, 2, 2 }, v);
    }

    @Test
    void int32DataTaggedUint32AndNamesTaggedUtf8AreReadAsScipyReadsThem() throws Exception {
        int[] v = new int[8];
        for (int b = 0; b < 2; b++) {
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    v[y + 2 * x + 4 * b] = -1000 * b + 10 * y + x;
                }
            }
        }
        byte[] element = MatFixtures.int32AsWrittenByOthers("cube", new int[] { 2, 2, 2 }, v);
        Path plain = dir.resolve("utf8.mat");
        Files.write(plain, MatFixtures.file(element));
        Path packed = dir.resolve("utf8z.mat");
        Files.write(packed, MatFixtures.file(MatFixtures.compressed(element, true)));
        for (Path p : new Path[] { plain, packed }) {
            SpectralCube c = MatReader.read(p, ReadOptions.defaults(), ProgressMonitor.NONE);
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 2; x++) {
                    for (int b = 0; b < 2; b++) {
                        assertEquals(-1000 * b + 10 * y + x, c.spectra().get(y * 2 + x, b), 0f, p + " " + y + x + b);
                    }
                }
            }
            assertEquals("cube", c.metadata().get("mat.variable"));
        }
    }

    @Test
    void anElementDeclaringOver2GiBIsRefusedWithoutTheLibraryPrintingAWarning() throws Exception {
        byte[] big = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(14)
                .putInt(0xC000_0000).array();
        Path p = dir.resolve("big.mat");
        Files.write(p, MatFixtures.file(big));
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        SpectralFileException e;
        try {
            System.setErr(new java.io.PrintStream(captured, true));
            e = assertThrows(SpectralFileException.class, () -> MatReader.read(p, ReadOptions.defaults(), ProgressMonitor.NONE));
        } finally {
            System.setErr(err);
        }
        assertEquals("", captured.toString(), "nothing printed besides the message");
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
    }
}
