package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
            move(tmp, absolute);
            done = true;
        } catch (IOException e) {
            throw namingFile(target, e);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * {@code e} as a {@link java.nio.file.FileSystemException} naming {@code file}, unless it names a file already:
     * a write that fails for a full disk says only "No space left on device", and the user needs to know which
     * output it was.
     */
    public static IOException namingFile(Path file, IOException e) {
        if (e instanceof java.nio.file.FileSystemException || e instanceof SpectralFileException) {
            return e;
        }
        java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(file.toString(), null,
                SpectralFileException.reason(e));
        named.initCause(e);
        return named;
    }

    /** Moves a file onto {@code to}, replacing it, atomically where the file system allows. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Moves one file onto another, replacing it (a seam for tests that make a move fail). */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /**
     * Moves finished temporary files onto their targets as one set, for formats of two files that belong together
     * (ENVI .img and .hdr, imzML .imzML and .ibd): either every target gets its new file, or every target keeps what
     * it held before. Existing targets are first moved aside to hidden backups beside them; if any move fails, the
     * new files already placed are removed and the backups moved back. The backups are deleted once all new files
     * are in place. Should even a move back fail, the backup stays and the exception names it, so no data are lost.
     *
     * @param temporaries finished files, in the targets' folders (see {@link #createTemporary})
     * @param targets     where each goes, in the same order
     * @throws IOException when a move fails (every target is then as before, unless the message says otherwise);
     *                     the temporaries not yet moved are left for the caller to delete
     */
    public static void replaceTogether(List<Path> temporaries, List<Path> targets) throws IOException {
        replaceTogether(temporaries, targets, AtomicFiles::move);
    }

    static void replaceTogether(List<Path> temporaries, List<Path> targets, Mover mover) throws IOException {
        int n = targets.size();
        if (temporaries.size() != n) {
            throw new IllegalArgumentException("one temporary file per target expected, got " + temporaries.size()
                    + " for " + n);
        }
        Path[] backups = new Path[n];
        boolean[] aside = new boolean[n];
        int placed = 0;
        try {
            for (int i = 0; i < n; i++) {
                Path target = targets.get(i).toAbsolutePath();
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    backups[i] = createTemporary(target.getParent(), target.getFileName() + ".old");
                    mover.move(target, backups[i]);
                    aside[i] = true;
                }
            }
            for (; placed < n; placed++) {
                mover.move(temporaries.get(placed), targets.get(placed));
            }
        } catch (IOException e) {
            rollBack(targets, backups, aside, placed, mover, e);
            throw e;
        }
        for (Path backup : backups) {
            if (backup != null) {
                Files.deleteIfExists(backup);
            }
        }
    }

    /** Removes the new files placed so far and moves the backups back; what cannot be undone is added to {@code e}. */
    private static void rollBack(List<Path> targets, Path[] backups, boolean[] aside, int placed, Mover mover,
            IOException e) {
        for (int i = 0; i < targets.size(); i++) {
            try {
                if (i < placed) {
                    Files.deleteIfExists(targets.get(i));
                }
                if (aside[i]) {
                    mover.move(backups[i], targets.get(i));
                } else if (backups[i] != null) {
                    Files.deleteIfExists(backups[i]);
                }
            } catch (IOException r) {
                e.addSuppressed(new IOException("Could not restore " + targets.get(i) + (aside[i]
                        ? "; its previous content is kept in " + backups[i] : ""), r));
            }
        }
    }

    /**
     * A new empty hidden file {@code .<name>.<random>.part} in {@code dir}, for writers that move several files into
     * place themselves (ENVI, imzML). Not {@link Files#createTempFile}: that makes the file private (0600), and
     * the moved output should get the usual permissions of the user's umask, like any file the user creates.
     */
    public static Path createTemporary(Path dir, String name) throws IOException {
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
