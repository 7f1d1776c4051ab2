package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
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
}
