package io.spikemix.knime.reader.cube;

import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.DECLARATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelTableShape;
import io.spikemix.knime.base.node.DeclaredValues;

/**
 * The Spectral Cube Reader's logic, without KNIME: when the header tells the bands, configure announces exactly the
 * pixel columns execute produces (band range included); the band-axis table has the announced columns and one row
 * per band; a missing or broken file is refused naming it.
 */
class SpectralCubeReaderCoreTest {

    private static final double[] WAVELENGTHS = {400, 450, 500, 550, 600};

    @TempDir
    Path dir;

    private Path write(String name) throws Exception {
        float[][] v = new float[12][5];
        for (int i = 0; i < 12; i++) {
            for (int b = 0; b < 5; b++) {
                v[i][b] = i + 0.1f * b;
            }
        }
        SpectralCube cube = SpectralCube.full(3, 4, SpectralMatrix.of(v), BandAxis.of(WAVELENGTHS, "nm"));
        Path f = dir.resolve(name);
        if (name.endsWith(".npy")) {
            NpyWriter.write(f, cube, ProgressMonitor.NONE);
        } else {
            EnviWriter.write(cube, f, ProgressMonitor.NONE);
        }
        return f;
    }

    /** With {@code restrict}, the middle three bands: 440–560 nm for ENVI, band indices 1–3 for NumPy. */
    private static CubeReadSettings settings(Path file, boolean restrict) {
        boolean indices = file.toString().endsWith(".npy");
        return CubeReadSettings.of(DeclaredValues.defaults(DECLARATION).with(SpectralCubeReaderSettings.FILE,
                file.toString()).with(SpectralCubeReaderSettings.RESTRICT_BANDS, restrict)
                .with(SpectralCubeReaderSettings.BAND_MIN, indices ? 1.0 : 440.0)
                .with(SpectralCubeReaderSettings.BAND_MAX, indices ? 3.0 : 560.0));
    }

    @ParameterizedTest(name = "{0}, band range {1}")
    @CsvSource({ "cube.hdr, false", "cube.hdr, true", "cube.npy, false", "cube.npy, true" })
    void configureAnnouncesThePixelColumnsExecuteProduces(String name, boolean restrict) throws Exception {
        CubeReadSettings s = settings(write(name), restrict);
        SpectralCubeReaderCore.Shapes shapes = SpectralCubeReaderCore.configure(s);
        SpectralCubeReaderCore.Result r = SpectralCubeReaderCore.execute(s, ProgressMonitor.NONE);
        assertTrue(shapes.pixels().isPresent(), "the header tells the bands");
        assertEquals(shapes.pixels().get(), r.pixels());
        assertEquals(shapes.bands(), r.bands().columns());
        assertEquals(PixelTableShape.columns(r.cube().bands()), r.pixels());
        assertEquals(r.cube().bands().size() + 2, r.pixels().size());
        assertEquals(restrict ? 3 : 5, r.bands().size(), "one band-axis row per band read");
    }

    @Test
    void theBandAxisTableHoldsIndexValueAndUnit() throws Exception {
        SpectralCubeReaderCore.Result r = SpectralCubeReaderCore.execute(settings(write("cube.hdr"), true),
                ProgressMonitor.NONE);
        assertEquals(0, r.bands().value(0, 0));
        assertEquals(450.0, r.bands().value(0, 1));
        assertEquals("nm", r.bands().value(0, 2));
        assertNull(r.bands().value(0, 3), "no fwhm in the header: a missing cell");
        assertEquals(12, r.cube().validCount());
    }

    @Test
    void aMissingFileIsRefusedAtConfigureNamingIt() {
        Path none = dir.resolve("none.npy");
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> SpectralCubeReaderCore.configure(settings(none, false)));
        assertTrue(e.getMessage().contains(none.toString()), e.getMessage());
    }

    @Test
    void aBrokenFileIsRefusedNamingIt() throws IOException {
        Path broken = dir.resolve("broken.npy");
        Files.write(broken, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 10, 0});
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> SpectralCubeReaderCore.execute(settings(broken, false), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("broken.npy"), e.getMessage());
    }

    @Test
    void aHeaderWithMoreBandsThanTheLimitIsRefusedAtConfigureBeforeAnyDataIsRead() throws Exception {
        Path hdr = write("cube.hdr");
        CubeReadSettings s = CubeReadSettings.of(DeclaredValues.defaults(DECLARATION)
                .with(SpectralCubeReaderSettings.FILE, hdr.toString()).with(SpectralCubeReaderSettings.MAX_BANDS, 4));
        CoreInputException e = assertThrows(CoreInputException.class, () -> SpectralCubeReaderCore.configure(s));
        assertTrue(e.getMessage().contains("5 bands") && e.getMessage().contains("limit of 4"), e.getMessage());
    }
}
