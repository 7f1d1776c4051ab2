package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void theTargetAppearsOnlyWhenWritingSucceeded() throws Exception {
        Path target = dir.resolve("out.txt");
        AtomicFiles.write(target, tmp -> Files.writeString(tmp, "done"));
        assertEquals("done", Files.readString(target));

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, tmp -> {
            Files.writeString(tmp, "half");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("done", Files.readString(target), "the previous content survives a failed write");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void outputGetsTheSamePermissionsAsAnyNewFileOfTheUser() throws Exception {
        Assumptions.assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path atomic = dir.resolve("atomic.txt");
        AtomicFiles.write(atomic, tmp -> Files.writeString(tmp, "x"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
    }
}
