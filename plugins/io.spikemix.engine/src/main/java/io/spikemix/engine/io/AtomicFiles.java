package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

import io.spikemix.engine.progress.CanceledException;

/**
 * Writes output files all-or-nothing: the content goes to a hidden temporary file in the target's folder, which
 * is moved onto the target only when writing succeeded. On any error or cancellation the temporary file is deleted,
 * so no partial output is ever left behind and an existing target stays untouched.
 */
public final class AtomicFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporaryFile) throws IOException, CanceledException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through {@code content}, atomically where the file system allows.
     *
     * @throws IOException        when writing or moving fails (the target is then unchanged)
     * @throws CanceledException  when {@code content} was cancelled (the target is then unchanged)
     */
    public static void write(Path target, Content content) throws IOException, CanceledException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporary(dir, absolute.getFileName().toString());
        boolean done = false;
        try {
            content.writeTo(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A new empty file next to the target. Not {@link Files#createTempFile}: that makes the file private (0600), and
     * the moved output should get the usual permissions of the user's umask, like any file the user creates.
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
