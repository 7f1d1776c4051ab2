package io.spikemix.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.envi.EnviReader;

/**
 * The files on disk that make up one input cube: the ENVI header and its data file, the {@code .imzML} and its
 * {@code .ibd}, or the single {@code .mat}, {@code .npy} or {@code .csv} file. Used to list file sizes and to refuse
 * an output that would overwrite any part of the input.
 */
final class CubeFiles {

    private CubeFiles() {
    }

    /** The existing files of the cube {@code input} read as {@code format}, the given file first. */
    static List<Path> of(Path input, SpectralFormat format) {
        Set<Path> files = new LinkedHashSet<>();
        files.add(input);
        if (format == SpectralFormat.ENVI) {
            try {
                Path hdr = EnviReader.headerFor(input);
                files.add(hdr);
                files.add(EnviReader.findDataFile(hdr));
            } catch (SpectralFileException e) {
                // a missing partner is reported by the reader itself; here we list what exists
            }
        } else if (format == SpectralFormat.IMZML) {
            String name = input.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot < 0 ? name : name.substring(0, dot);
            for (String ext : new String[] { "imzML", "imzml", "IMZML", "ibd", "IBD" }) {
                Path p = input.resolveSibling(base + "." + ext);
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        List<Path> existing = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : files) {
            if (Files.isRegularFile(p) && seen.add(identity(p))) {
                existing.add(p);
            }
        }
        return existing;
    }

    /** True when {@code output} names one of {@code files} (same path, or the same file through a link). */
    static boolean overwritesAny(Path output, List<Path> files) {
        for (Path f : files) {
            if (SpikeMixCommand.canonical(f).equals(SpikeMixCommand.canonical(output))) {
                return true;
            }
            try {
                if (Files.exists(output) && Files.isSameFile(f, output)) {
                    return true;
                }
            } catch (java.io.IOException e) {
                // cannot compare; the path comparison above stands
            }
        }
        return false;
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return SpikeMixCommand.canonical(p);
        }
    }

    static String lowerExtension(Path p) {
        return InputFiles.extension(p).toLowerCase(Locale.ROOT);
    }
}
