package io.spikemix.engine.io.envi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;

class EnviWriterTest {

    @TempDir
    Path dir;

    @Test
    void cancellationIsSeenBetweenBandsAndLeavesNoFile() throws Exception {
        // one tile of pixels, many bands: the bands are where the time goes
        int bands = 2000;
        SpectralMatrix m = SpectralMatrix.allocate(4, bands);
        SpectralCube cube = SpectralCube.full(2, 2, m, BandAxis.indices(bands));
        CancellingMonitor monitor = CancellingMonitor.afterChecks(10);
        assertThrows(CanceledException.class, () -> EnviWriter.write(cube, dir.resolve("out.hdr"), monitor));
        assertEquals(11, monitor.checks(), "stopped at the first check after the tenth band");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.findAny().isEmpty(), "no .hdr, .img or hidden .part left");
        }
    }
}
