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
        // the .npy header alone gives the same axis
        assertEquals(read.bands(), CubeReading.axisBeforeReading(s).orElseThrow());
    }

    @Test
    void peakPickingBringsAMassSpectrumUnderTheBandLimit() throws IOException, CanceledException {
        // 2 x 3 pixels, 400 m/z bins 100.0, 100.5, ...; three Gaussian peaks at m/z 150, 200, 250 (bins 100, 200,
        // 300) of different heights on a small ramp, so the local maxima of the mean spectrum are exactly the peaks
        int d = 400;
        double[] mz = new double[d];
        for (int b = 0; b < d; b++) {
            mz[b] = 100 + 0.5 * b;
        }
        int[] centres = {100, 200, 300};
        double[] heights = {50, 100, 20};
        float[][] v = new float[6][d];
        for (int p = 0; p < v.length; p++) {
            for (int b = 0; b < d; b++) {
                double value = 0.001 * b;
                for (int k = 0; k < centres.length; k++) {
                    value += heights[k] * (1 + p) * Math.exp(-0.5 * Math.pow((b - centres[k]) / 2.0, 2));
                }
                v[p][b] = (float) value;
            }
        }
        Path imzml = dir.resolve("ims.imzML");
        io.spikemix.engine.io.imzml.ImzmlWriter.write(SpectralCube.full(2, 3, SpectralMatrix.of(v),
                BandAxis.of(mz, "m/z")), imzml, false, java.util.UUID.nameUUIDFromBytes(new byte[] {1}),
                ProgressMonitor.NONE);
        DeclaredValues base = settings(imzml).with(SpectralCubeReaderSettings.MAX_BANDS, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CubeReading.read(CubeReadSettings.of(base), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("has 400 bands, more than the limit of 10"), e.getMessage());

        SpectralCube picked = CubeReading.read(CubeReadSettings.of(base
                .with(SpectralCubeReaderSettings.PEAK_PICKING, SpectralCubeReaderSettings.PEAKS_TOP_N)
                .with(SpectralCubeReaderSettings.PEAK_COUNT, 2)
                .with(SpectralCubeReaderSettings.MZ_TOLERANCE, 0.25)
                .with(SpectralCubeReaderSettings.MZ_TOLERANCE_UNIT, "da")), ProgressMonitor.NONE);
        // the two highest peaks, ascending in m/z; with a 0.25 Da tolerance each band is the peak bin alone
        assertArrayEquals(new double[] {150, 200}, picked.bands().values());
        for (int r = 0; r < picked.validCount(); r++) {
            int source = picked.y(r) * 3 + picked.x(r);
            assertEquals(v[source][100], picked.spectra().get(r, 0), 1e-6 * v[source][100]);
            assertEquals(v[source][200], picked.spectra().get(r, 1), 1e-6 * v[source][200]);
        }
        // the node goes through the imzML feature reader (streaming when the cube does not fit), which gives what
        // reading the whole cube and picking its peaks gives, bit for bit
        CubeReadSettings s = CubeReadSettings.of(base
                .with(SpectralCubeReaderSettings.PEAK_PICKING, SpectralCubeReaderSettings.PEAKS_TOP_N)
                .with(SpectralCubeReaderSettings.PEAK_COUNT, 2));
        SpectralCube whole = io.spikemix.engine.io.imzml.ImsFeatureExtractor.extract(
                io.spikemix.engine.io.SpectralReaders.read(imzml, s.options(), ProgressMonitor.NONE),
                s.peakPicking().get(), ProgressMonitor.NONE);
        SpectralCube node = CubeReading.read(s, ProgressMonitor.NONE);
        assertArrayEquals(whole.bands().values(), node.bands().values());
        for (int r = 0; r < whole.validCount(); r++) {
            for (int b = 0; b < whole.bandCount(); b++) {
                assertEquals(whole.spectra().get(r, b), node.spectra().get(r, b), 0, "pixel " + r + ", band " + b);
            }
        }
    }

    @Test
    void aMissingFileIsTheEngineFileException() {
        CubeReadSettings s = CubeReadSettings.of(settings(dir.resolve("absent.hdr")));
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> CubeReading.read(s, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("absent.hdr"), e.getMessage());
    }
}
