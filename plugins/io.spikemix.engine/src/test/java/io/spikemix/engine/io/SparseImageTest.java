package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * A few spectra at far-apart coordinates imply a huge, nearly empty image; every per-pixel array (mask, label map,
 * converted cube) would cost gigabytes. Readers refuse such grids at once, naming the span and the spectra.
 */
class SparseImageTest {

    @TempDir
    Path dir;

    @Test
    void twoCsvLinesAtFarApartCoordinatesAreRefused() throws Exception {
        Path csv = dir.resolve("sparse.csv");
        Files.writeString(csv, "x,y,a,b\n0,0,1,2\n46339,46339,3,4\n");
        SpectralFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(SpectralFileException.class, () -> CsvSpectraReader.read(csv, ProgressMonitor.NONE)));
        assertTrue(e.getMessage().contains("46,340 x 46,340 = 2,147,395,600 pixels for only 2 spectra"), e.getMessage());
        assertEquals("columns 'x', 'y'", e.field());
    }

    @Test
    void anImzmlDeclaringAHugeGridForNineSpectraIsRefused() throws Exception {
        int side = 46_340;
        SpectralMatrix m = SpectralMatrix.allocate(9, 3);
        int[] pixels = new int[9];
        for (int i = 0; i < 9; i++) {
            m.setRow(i, new float[] { 1 + i, 2, 3 });
            // a 3 x 3 block in the far corner: the grid must reach it
            pixels[i] = (side - 3 + i / 3) * side + side - 3 + i % 3;
        }
        SpectralCube cube = SpectralCube.masked(side, side, m, pixels, BandAxis.of(new double[] { 100, 200, 300 }, "m/z"),
                Map.of());
        Path imzml = dir.resolve("sparse.imzML");
        ImzmlWriter.write(cube, imzml, true, UUID.randomUUID(), ProgressMonitor.NONE);
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> SpectralReaders.read(imzml, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("for only 9 spectra"), e.getMessage());
    }

    @Test
    void smallOrWellFilledImagesWithGapsAreRead() throws Exception {
        ReaderSupport.checkImageFill(null, "x", 4000, 4000, 1);
        ReaderSupport.checkImageFill(null, "x", 10_000, 10_000, 10_000L * 10_000 / 16);
        assertThrows(SpectralFileException.class,
                () -> ReaderSupport.checkImageFill(null, "x", 10_000, 10_000, 10_000L * 10_000 / 16 - 1));
        Path csv = dir.resolve("gaps.csv");
        Files.writeString(csv, "x,y,a\n0,0,1\n999,999,2\n");
        SpectralCube c = CsvSpectraReader.read(csv, ProgressMonitor.NONE);
        assertEquals(1000, c.width());
        assertEquals(2, c.validCount());
    }
}
