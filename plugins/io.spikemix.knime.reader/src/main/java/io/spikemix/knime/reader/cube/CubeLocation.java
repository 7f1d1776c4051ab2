package io.spikemix.knime.reader.cube;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the reader's file setting into a local path. The setting holds either a local path or a URL; a URL must
 * resolve to a local file, because the engine readers memory-map or seek in the cube and read its sidecar files
 * (ENVI data file, imzML {@code .ibd}) from the same folder.
 *
 * <p>{@code file:} URLs map directly. Other URLs — in KNIME, {@code knime://knime.workflow/cube.npy} (relative to the
 * workflow, which is how shared workflows and testflows refer to data they carry) or
 * {@code knime://LOCAL/folder/cube.hdr} — are resolved by the URL handler KNIME registers for its scheme: for a
 * workflow on the local file system it opens the connection on the resolved {@code file:} URL, which the connection
 * reports as its URL. Opening a URL connection does not read the file. A URL that resolves to a remote location
 * (a KNIME Hub or server workflow, {@code http:}) is refused with a message telling the user to use a local copy.
 * Pure Java ({@code java.net}); no KNIME classes.
 */
public final class CubeLocation {

    /** A URL scheme of at least two characters, so that a Windows drive letter ({@code C:\...}) stays a path. */
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private CubeLocation() {
    }

    /** True when {@code text} is written as a URL ({@code scheme:...}) rather than as a local path. */
    public static boolean isUrl(String text) {
        return URL_SCHEME.matcher(text).matches();
    }

    /**
     * The local path the setting names.
     *
     * @param text    the setting's value, trimmed and non-empty
     * @param setting the setting's label, for messages
     * @throws IllegalArgumentException when the text is neither a valid path nor a URL of a local file, naming the
     *                                  setting, the value and what is expected
     */
    public static Path toPath(String text, String setting) {
        if (!isUrl(text)) {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("The '" + setting + "' setting is not a valid path: " + text, e);
            }
        }
        URL url;
        try {
            url = new URI(text).toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The '" + setting + "' setting is not a valid path or URL: " + text
                    + " (" + e.getMessage() + "). Expected a local path, a file: URL or a knime:// URL such as "
                    + "knime://knime.workflow/cube.npy.", e);
        }
        return toPath(url, setting);
    }

    /**
     * The local path a URL resolves to: directly for {@code file:}, otherwise through the URL's connection.
     *
     * @throws IllegalArgumentException when the URL cannot be resolved or resolves to a remote location
     */
    public static Path toPath(URL url, String setting) {
        URL resolved = url;
        if (!isFile(url)) {
            try {
                URLConnection connection = url.openConnection();
                resolved = connection.getURL();
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("The '" + setting + "' URL " + url + " cannot be resolved: "
                        + e.getMessage(), e);
            }
        }
        if (!isFile(resolved)) {
            throw new IllegalArgumentException("The '" + setting + "' URL " + url + " resolves to " + resolved
                    + ", which is not a local file. The reader needs the cube on the local file system (it "
                    + "memory-maps the data and reads the files beside it): download it and select the local copy.");
        }
        try {
            return Path.of(resolved.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The '" + setting + "' URL " + url + " resolves to " + resolved
                    + ", which is not a valid local path: " + e.getMessage(), e);
        }
    }

    private static boolean isFile(URL url) {
        return "file".equals(url.getProtocol().toLowerCase(Locale.ROOT));
    }
}
