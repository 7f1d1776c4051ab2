package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
            throw new IOException("No space left on device");
        }));
        java.nio.file.FileSystemException named = assertInstanceOf(java.nio.file.FileSystemException.class, e,
                "a full disk names the file being written");
        assertEquals(target.toString(), named.getFile());
        assertEquals("No space left on device", named.getReason());
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

    private Set<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private List<Path> temporaries(String a, String b) throws IOException {
        Path ta = AtomicFiles.createTemporary(dir, "cube.img");
        Path tb = AtomicFiles.createTemporary(dir, "cube.hdr");
        Files.writeString(ta, a);
        Files.writeString(tb, b);
        return List.of(ta, tb);
    }

    @Test
    void filesReplacedTogetherAllGetTheirNewContentAndNoBackupIsLeft() throws Exception {
        List<Path> targets = List.of(dir.resolve("cube.img"), dir.resolve("cube.hdr"));
        AtomicFiles.replaceTogether(temporaries("old data", "old header"), targets);
        AtomicFiles.replaceTogether(temporaries("new data", "new header"), targets);
        assertEquals("new data", Files.readString(targets.get(0)));
        assertEquals("new header", Files.readString(targets.get(1)));
        assertEquals(Set.of("cube.hdr", "cube.img"), names());
    }

    @Test
    void aFailedMoveAtAnyPointLeavesEveryTargetAsItWas() throws Exception {
        List<Path> targets = List.of(dir.resolve("cube.img"), dir.resolve("cube.hdr"));
        // Moves: two targets aside, two temporaries into place; fail each one in turn.
        for (int failAt = 1; failAt <= 4; failAt++) {
            AtomicFiles.replaceTogether(temporaries("old data", "old header"), targets);
            List<Path> tmp = temporaries("new data", "new header");
            int[] calls = {0};
            int fail = failAt;
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.replaceTogether(tmp, targets, (from, to) -> {
                if (++calls[0] == fail) {
                    throw new IOException("disk full");
                }
                AtomicFiles.move(from, to);
            }));
            assertEquals("disk full", e.getMessage());
            assertEquals(0, e.getSuppressed().length, "everything was restored");
            assertEquals("old data", Files.readString(targets.get(0)), "move " + failAt);
            assertEquals("old header", Files.readString(targets.get(1)), "move " + failAt);
            for (Path t : tmp) {
                Files.deleteIfExists(t);
            }
            assertEquals(Set.of("cube.hdr", "cube.img"), names(), "no backup left after failing move " + failAt);
        }
    }

    @Test
    void aFailedMoveWithoutEarlierFilesLeavesNoTarget() throws Exception {
        List<Path> targets = List.of(dir.resolve("cube.img"), dir.resolve("cube.hdr"));
        List<Path> tmp = temporaries("new data", "new header");
        int[] calls = {0};
        assertThrows(IOException.class, () -> AtomicFiles.replaceTogether(tmp, targets, (from, to) -> {
            if (++calls[0] == 2) {
                throw new IOException("disk full");
            }
            AtomicFiles.move(from, to);
        }));
        assertTrue(Files.notExists(targets.get(0)) && Files.notExists(targets.get(1)), "no half pair: " + names());
    }

    @Test
    void aBackupThatCannotBeRestoredIsKeptAndNamed() throws Exception {
        List<Path> targets = List.of(dir.resolve("cube.img"), dir.resolve("cube.hdr"));
        AtomicFiles.replaceTogether(temporaries("old data", "old header"), targets);
        List<Path> tmp = temporaries("new data", "new header");
        int[] calls = {0};
        // Move 4 (the header into place) fails, and so does the first move back (the data file's backup, move 5).
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.replaceTogether(tmp, targets, (from, to) -> {
            calls[0]++;
            if (calls[0] == 4 || calls[0] == 5) {
                throw new IOException("disk full");
            }
            AtomicFiles.move(from, to);
        }));
        assertEquals(1, e.getSuppressed().length);
        String message = e.getSuppressed()[0].getMessage();
        assertTrue(message.startsWith("Could not restore " + targets.get(0) + "; its previous content is kept in "),
                message);
        Path backup = Path.of(message.substring(message.indexOf(" kept in ") + 9));
        assertEquals("old data", Files.readString(backup));
        assertEquals("old header", Files.readString(targets.get(1)));
    }
}
