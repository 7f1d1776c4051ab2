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
}
