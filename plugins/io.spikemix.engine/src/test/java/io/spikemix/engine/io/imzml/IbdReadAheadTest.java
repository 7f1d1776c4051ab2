package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IbdReadAheadTest {

    @TempDir
    Path dir;

    private static boolean readAheadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals(IbdReadAhead.THREAD_NAME));
    }

    @Test
    void readsTheWholeFileAndLeavesNoThreadBehind() throws Exception {
        Path file = dir.resolve("a.ibd");
        Files.write(file, new byte[(3 << 20) + 123]);
        IbdReadAhead ahead = IbdReadAhead.start(file);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (ahead.bytesRead() < Files.size(file) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(Files.size(file), ahead.bytesRead());
        ahead.close();
        assertFalse(readAheadAlive());
    }

    @Test
    void aMissingFileIsIgnoredAndCloseStopsAtOnce() {
        IbdReadAhead missing = IbdReadAhead.start(dir.resolve("missing.ibd"));
        missing.close();
        assertEquals(0, missing.bytesRead());
        assertFalse(readAheadAlive());
    }
}
