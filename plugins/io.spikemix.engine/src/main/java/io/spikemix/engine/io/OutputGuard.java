package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import io.spikemix.engine.io.envi.EnviReader;

/**
 * The one check every command or node that writes runs before it starts: no output may replace, or sit in a
 * replaced folder together with, a file the user gave as input. Paths are compared after resolving symbolic links
 * and {@code ..} (a hard link is caught by comparing file identities), and an input protects its partner files too:
 * the ENVI header and data file, the {@code .imzML} and its {@code .ibd}.
 *
 * <p>An output folder is replaced only when it is empty, or, with {@code force}, when it holds nothing but files
 * SpikeMix wrote there itself: {@link #writeMarker} lists them in {@value #MARKER}, and a folder without that
 * marker or with any file not listed in it is refused. So {@code --force} can never delete a user's file.
 *
 * <p>Usage: declare every input with {@link #input}, then check every output with {@link #outputFile} or
 * {@link #outputFolder}; outputs are also checked against each other.
 */
public final class OutputGuard {

    /** The file SpikeMix writes into each output folder, listing the files it wrote there. */
    public static final String MARKER = ".spikemix-output";

    private static final String MARKER_TITLE = "# written by SpikeMix; --force replaces this folder only while it holds "
            + "nothing but the files listed here";

    private record Entry(String option, Path given, Path real, String role, boolean folder) {
    }

    private final List<Entry> protectedFiles = new ArrayList<>();
    private final List<Entry> outputs = new ArrayList<>();

    /**
     * Protects {@code file}, given to {@code option}, and its partner files from every output checked later.
     *
     * @return this guard, for chaining
     */
    public OutputGuard input(String option, Path file) {
        if (file == null) {
            return this;
        }
        protectedFiles.add(new Entry(option, file, realPath(file), "the input file " + file + " (" + option + ")",
                false));
        for (Path partner : partnerFiles(file)) {
            protectedFiles.add(new Entry(option, partner, realPath(partner), partner + ", a file of the input " + file
                    + " (" + option + ")", false));
        }
        return this;
    }

    /**
     * Checks an output file: refused when it is (or links to) a protected file, an existing folder, or another
     * output.
     *
     * @throws UnsafeOutputException naming the option, the file and the reason
     */
    public void outputFile(String option, Path file) throws UnsafeOutputException {
        Path real = realPath(file);
        if (Files.isDirectory(file)) {
            throw new UnsafeOutputException(option + " " + file + ": is a folder; expected a file name");
        }
        for (Entry p : protectedFiles) {
            if (p.real.equals(real) || sameExistingFile(p.given, file)) {
                throw new UnsafeOutputException(option + " " + file + ": refusing to overwrite " + p.role);
            }
        }
        for (Entry o : outputs) {
            if (o.real.equals(real) || (o.folder && real.startsWith(o.real))) {
                throw new UnsafeOutputException(option + " " + file + ": must differ from " + o.option + " " + o.given);
            }
        }
        outputs.add(new Entry(option, file, real, "output", false));
    }

    /**
     * Checks an output folder that will be replaced as a whole: refused when it is a file, when it contains a
     * protected file or another output, or when it is not empty and not entirely SpikeMix's own output (see the
     * class comment; without {@code force} any non-empty folder is refused).
     *
     * @throws UnsafeOutputException naming the option, the folder and the reason
     * @throws IOException           when the folder cannot be listed
     */
    public void outputFolder(String option, Path folder, boolean force) throws IOException {
        Path real = realPath(folder);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UnsafeOutputException(option + " " + folder + ": is a file; expected a folder");
        }
        for (Entry p : protectedFiles) {
            if (p.real.startsWith(real)) {
                throw new UnsafeOutputException(option + " " + folder + ": refusing to replace a folder that holds "
                        + p.role);
            }
        }
        for (Entry o : outputs) {
            if (o.real.startsWith(real) || real.startsWith(o.real)) {
                throw new UnsafeOutputException(option + " " + folder + ": must not contain or be inside " + o.option
                        + " " + o.given);
            }
        }
        if (Files.isDirectory(folder)) {
            checkReplaceable(option, folder, force);
        }
        outputs.add(new Entry(option, folder, real, "output folder", true));
    }

    private static void checkReplaceable(String option, Path folder, boolean force) throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(folder)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (names.isEmpty()) {
            return;
        }
        if (!force) {
            throw new UnsafeOutputException(option + " " + folder + ": folder is not empty; pass --force to replace "
                    + "it (only an earlier output of SpikeMix can be replaced)");
        }
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeOutputException(option + " " + folder + ": refusing to replace a folder SpikeMix did not "
                    + "write (no " + MARKER + " in it); choose a new or empty folder");
        }
        Set<String> written = new HashSet<>(readMarker(marker));
        for (String name : names) {
            if (!name.equals(MARKER) && !written.contains(name)) {
                throw new UnsafeOutputException(option + " " + folder + ": refusing to replace it, it holds "
                        + SafeText.line(name) + ", which SpikeMix did not write; move it away or choose another folder");
            }
        }
    }

    private static List<String> readMarker(Path marker) throws IOException {
        if (Files.size(marker) > 1 << 20) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                names.add(line);
            }
        }
        return names;
    }

    /**
     * Writes {@value #MARKER} into {@code folder}, listing {@code names} (the files SpikeMix wrote there), so that
     * a later run with {@code --force} may replace the folder.
     */
    public static void writeMarker(Path folder, Collection<String> names) throws IOException {
        StringBuilder sb = new StringBuilder(MARKER_TITLE).append('\n');
        for (String n : names) {
            if (!n.equals(MARKER)) {
                sb.append(n).append('\n');
            }
        }
        Files.writeString(folder.resolve(MARKER), sb, StandardCharsets.UTF_8);
    }

    /**
     * The existing partner files of {@code file}: for an ENVI data file its header, for a header its data file;
     * for an {@code .imzML} its {@code .ibd} and back. A header counts as a partner of a data file only when it
     * names that file as its data, so a {@code cube.hdr} from an earlier {@code convert} does not tie itself to
     * {@code cube.npy}.
     */
    public static List<Path> partnerFiles(Path file) {
        Set<Path> partners = new LinkedHashSet<>();
        Path name = file.getFileName();
        if (name == null) {
            return List.of();
        }
        String n = name.toString();
        String lower = n.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String base = dot < 0 ? n : n.substring(0, dot);
        if (lower.endsWith(".hdr")) {
            try {
                partners.add(EnviReader.findDataFile(file));
            } catch (SpectralFileException e) {
                // no data file: nothing more to protect
            }
            for (String ext : new String[] { "sli", "SLI" }) {
                addIfFile(partners, file.resolveSibling(base + "." + ext));
            }
        } else {
            for (Path hdr : new Path[] { file.resolveSibling(n + ".hdr"), file.resolveSibling(base + ".hdr"),
                file.resolveSibling(base + ".HDR") }) {
                if (Files.isRegularFile(hdr) && (namesAsData(hdr, file) || lower.endsWith(".sli"))) {
                    partners.add(hdr);
                }
            }
        }
        if (lower.endsWith(".imzml") || lower.endsWith(".ibd")) {
            for (String ext : new String[] { "imzML", "imzml", "IMZML", "ibd", "IBD" }) {
                addIfFile(partners, file.resolveSibling(base + "." + ext));
            }
        }
        partners.remove(file);
        List<Path> distinct = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        seen.add(realPath(file));
        for (Path p : partners) {
            if (seen.add(realPath(p))) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    private static boolean namesAsData(Path hdr, Path data) {
        try {
            return sameExistingFile(EnviReader.findDataFile(hdr), data);
        } catch (SpectralFileException e) {
            return false;
        }
    }

    private static void addIfFile(Set<Path> files, Path p) {
        if (Files.isRegularFile(p)) {
            files.add(p);
        }
    }

    private static boolean sameExistingFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path with every symbolic link and {@code ..} resolved as the file system would: the longest existing
     * prefix through {@link Path#toRealPath}, the rest (which does not exist, so holds no links) appended.
     */
    public static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath();
        Path root = absolute.getRoot();
        int count = absolute.getNameCount();
        for (int i = count; i > 0; i--) {
            Path prefix = root.resolve(absolute.subpath(0, i));
            try {
                Path real = prefix.toRealPath();
                return i == count ? real : real.resolve(absolute.subpath(i, count)).normalize();
            } catch (IOException e) {
                // does not exist (or cannot be resolved): try the parent
            }
        }
        return absolute.normalize();
    }
}
