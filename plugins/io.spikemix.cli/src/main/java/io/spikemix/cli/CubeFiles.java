package io.spikemix.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spikemix.engine.io.OutputGuard;

/**
 * The files on disk that make up one input cube: the given file and its partners ({@link OutputGuard#partnerFiles}:
 * the ENVI header and its data file, the {@code .imzML} and its {@code .ibd}). Used to list file sizes.
 */
final class CubeFiles {

    private CubeFiles() {
    }

    /** The existing files of the cube {@code input}, the given file first. */
    static List<Path> of(Path input) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(input)) {
            files.add(input);
        }
        files.addAll(OutputGuard.partnerFiles(input));
        return files;
    }

    static String lowerExtension(Path p) {
        return InputFiles.extension(p).toLowerCase(Locale.ROOT);
    }
}
