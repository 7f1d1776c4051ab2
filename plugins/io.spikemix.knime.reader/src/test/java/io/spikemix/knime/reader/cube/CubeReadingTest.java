package io.spikemix.knime.reader.cube;

import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.DECLARATION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.node.DeclaredValues;

class CubeReadingTest {

    private static final int H = 3;
    private static final int W = 4;
    private static final double[] WAVELENGTHS = {400, 450, 500, 550, 600};

    @TempDir
    Path dir;

    /** A 3 x 4 x 5 cube of random float32 values; value (y, x, b) at row y*W + x. */
    private static float[][] values() {
        SplittableRandom rnd = new SplittableRandom(7);
        float[][] v = new float[H * W][WAVELENGTHS.length];
        for (float[] row : v) {
            for (int b = 0; b < row.length; b++) {
                row[b] = (float) rnd.nextDouble(-5, 5);
            }
        }
        return v;
    }

    private static SpectralCube cube(float[][] v) {
        return SpectralCube.full(H, W, SpectralMatrix.of(v), BandAxis.of(WAVELENGTHS, "nm"));
    }

    private static DeclaredValues settings(Path file) {
        return DeclaredValues.defaults(DECLARATION).with(SpectralCubeReaderSettings.FILE, file.toString());
    }

    @Test
    void enviBandRangeSelectsTheBandsAndKeepsEveryPixelsValues() throws IOException, CanceledException {
        float[][] v = values();
        Path hdr = dir.resolve("cube.hdr");
        EnviWriter.write(cube(v), hdr, ProgressMonitor.NONE);
        CubeReadSettings s = CubeReadSettings.of(settings(hdr).with(SpectralCubeReaderSettings.RESTRICT_BANDS, true)
                .with(SpectralCubeReaderSettings.BAND_MIN, 450.0).with(SpectralCubeReaderSettings.BAND_MAX, 550.0));
        SpectralCube read = CubeReading.read(s, ProgressMonitor.NONE);
        assertArrayEquals(new double[] {450, 500, 550}, read.bands().values());
        assertEquals("nm", read.bands().unit());
        assertEquals(H * W, read.validCount());
        for (int r = 0; r < read.validCount(); r++) {
            int source = read.y(r) * W + read.x(r);
            for (int b = 0; b < 3; b++) {
                assertEquals(v[source][b + 1], read.spectra().get(r, b), "pixel " + source + " band " + b);
            }
        }
        // the header alone gives the same axis, so configure can announce the pixel table's columns
        assertEquals(read.bands(), CubeReading.axisBeforeReading(s).orElseThrow());
    }

    @Test
    void tooManyBandsFailsWithTheCountAndWhatToDo() throws IOException, CanceledException {
        Path hdr = dir.resolve("wide.hdr");
        EnviWriter.write(cube(values()), hdr, ProgressMonitor.NONE);
        CubeReadSettings s = CubeReadSettings.of(settings(hdr).with(SpectralCubeReaderSettings.MAX_BANDS, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CubeReading.read(s, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("has 5 bands, more than the limit of 4"), e.getMessage());
        assertTrue(e.getMessage().contains("'IMS peak picking'"), e.getMessage());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
                () -> CubeReading.axisBeforeReading(s));
        assertEquals(e.getMessage(), early.getMessage());
        assertEquals(5, CubeReading.read(CubeReadSettings.of(settings(hdr)
                .with(SpectralCubeReaderSettings.MAX_BANDS, 5)), ProgressMonitor.NONE).bandCount());
    }

    @Test
    void npyIsReadWithItsBandPositionsAndTheRangeAppliesToThem() throws IOException, CanceledException {
        float[][] v = values();
        Path npy = dir.resolve("cube.npy");
        NpyWriter.write(npy, cube(v), ProgressMonitor.NONE);
        CubeReadSettings s = CubeReadSettings.of(settings(npy).with(SpectralCubeReaderSettings.RESTRICT_BANDS, true)
                .with(SpectralCubeReaderSettings.BAND_MIN, 1.0).with(SpectralCubeReaderSettings.BAND_MAX, 2.0));
        SpectralCube read = CubeReading.read(s, ProgressMonitor.NONE);
        assertEquals(BandAxis.INDEX_UNIT, read.bands().unit());
        assertArrayEquals(new double[] {1, 2}, read.bands().values());
        assertEquals(H, read.height());
        assertEquals(W, read.width());
        for (int r = 0; r < read.validCount(); r++) {
            int source = read.y(r) * W + read.x(r);
            assertEquals(v[source][1], read.spectra().get(r, 0));
            assertEquals(v[source][2], read.spectra().get(r, 1));
        }
        assertTrue(CubeReading.axisBeforeReading(s).isEmpty(), "NumPy structure is known only after reading");
    }

    @Test
    void aMissingFileIsTheEngineFileException() {
        CubeReadSettings s = CubeReadSettings.of(settings(dir.resolve("absent.hdr")));
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> CubeReading.read(s, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("absent.hdr"), e.getMessage());
    }
}
