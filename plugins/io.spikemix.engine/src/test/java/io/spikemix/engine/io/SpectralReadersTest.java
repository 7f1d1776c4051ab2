package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectralReadersTest {

    @TempDir
    Path dir;

    private static SpectralCube small() {
        SpectralMatrix m = SpectralMatrix.of(new float[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}});
        return SpectralCube.full(2, 2, m, BandAxis.of(new double[] {500, 600}, "nm"));
    }

    @Test
    void formatIsChosenByExtensionOrByTheOverride() throws Exception {
        SpectralCube c = small();
        EnviWriter.write(c, dir.resolve("a.hdr"), ProgressMonitor.NONE);
        ImzmlWriter.write(c, dir.resolve("b.imzML"), true, UUID.randomUUID(), ProgressMonitor.NONE);
        assertEquals(c.spectra(), SpectralReaders.read(dir.resolve("a.hdr"), ReadOptions.defaults(),
                ProgressMonitor.NONE).spectra());
        assertEquals(c.spectra(), SpectralReaders.read(dir.resolve("a.img"), ReadOptions.defaults(),
                ProgressMonitor.NONE).spectra());
        assertEquals(c.spectra(), SpectralReaders.read(dir.resolve("b.ibd"), ReadOptions.defaults(),
                ProgressMonitor.NONE).spectra());
        Files.copy(dir.resolve("a.img"), dir.resolve("c.bin"));
        Files.copy(dir.resolve("a.hdr"), dir.resolve("c.bin.hdr"));
        assertEquals(SpectralFormat.ENVI, SpectralReaders.formatOf(dir.resolve("c.bin"), ReadOptions.defaults()));
        assertEquals(c.spectra(), SpectralReaders.read(dir.resolve("c.bin"), ReadOptions.defaults(),
                ProgressMonitor.NONE).spectra());
        Files.copy(dir.resolve("a.img"), dir.resolve("d.xyz"));
        Files.copy(dir.resolve("a.hdr"), dir.resolve("d.hdr"));
        assertEquals(c.spectra(), SpectralReaders.read(dir.resolve("d.xyz"), ReadOptions.builder()
                .format(SpectralFormat.ENVI).build(), ProgressMonitor.NONE).spectra());
    }

    @Test
    void numpyAndCsvFilesAreReadThroughTheFacade() throws Exception {
        SpectralCube c = small();
        NpyWriter.write(dir.resolve("e.npy"), c, ProgressMonitor.NONE);
        SpectralCube npy = SpectralReaders.read(dir.resolve("e.npy"), ReadOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(c.spectra(), npy.spectra());
        assertEquals(2, npy.height());
        Files.writeString(dir.resolve("f.csv"), "x,y,500,600\n0,0,1,2\n1,0,3,4\n0,1,5,6\n1,1,7,8\n");
        SpectralCube csv = SpectralReaders.read(dir.resolve("f.csv"), ReadOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(c.spectra(), csv.spectra());
        assertEquals(SpectralFormat.NPY, SpectralReaders.formatOf(dir.resolve("g.NPY"), ReadOptions.defaults()));
    }

    @Test
    void unknownExtensionsAndMissingFilesAreClearErrors() throws Exception {
        Path x = Files.writeString(dir.resolve("notes.txt"), "hello");
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> SpectralReaders.read(x, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("cannot tell the format"), e.getMessage());
        assertThrows(SpectralFileException.class, () -> SpectralReaders.read(dir.resolve("none.hdr"),
                ReadOptions.defaults(), ProgressMonitor.NONE));
    }

    @Test
    void optionsValidateWithParameterNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReadOptions.builder().matShape(0, 3));
        assertEquals("The 'matLines' parameter must be >= 1. Got 0 instead.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().bandRange(5, 1));
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder()
                .imzmlAxisMode(ImzmlAxisMode.PEAK_LIST).build());
        assertThrows(IllegalArgumentException.class, () -> MzTolerance.ppm(-1));
        ReadOptions o = ReadOptions.builder().matVariable("x").verifyChecksum(true).build();
        assertEquals(o.toString(), o.toBuilder().build().toString());
    }
}
