package io.spikemix.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headers of an OSGi {@code META-INF/MANIFEST.MF}, with continuation lines joined. */
public final class BundleManifest {

    private final Map<String, String> headers;

    private BundleManifest(Map<String, String> headers) {
        this.headers = headers;
    }

    /** Reads {@code <bundleDir>/META-INF/MANIFEST.MF}. */
    public static BundleManifest read(Path bundleDir) throws LintException {
        Path file = bundleDir.resolve("META-INF/MANIFEST.MF");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new LintException(file + ": cannot read: " + e.getMessage());
        }
        Map<String, String> h = new LinkedHashMap<>();
        String last = null;
        for (String line : lines) {
            if (line.startsWith(" ") && last != null) {
                h.put(last, h.get(last) + line.substring(1));
            } else if (line.contains(":")) {
                last = line.substring(0, line.indexOf(':')).trim();
                h.put(last, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return new BundleManifest(h);
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** Bundle-SymbolicName without directives such as {@code ;singleton:=true}. */
    public String symbolicName() {
        String s = headers.getOrDefault("Bundle-SymbolicName", "");
        return s.contains(";") ? s.substring(0, s.indexOf(';')).trim() : s.trim();
    }

    /** The names listed in a header such as Require-Bundle or Import-Package, without attributes. */
    public List<String> names(String header) {
        List<String> out = new ArrayList<>();
        String v = headers.get(header);
        if (v == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : (v + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String item = cur.toString().trim();
                if (!item.isEmpty()) {
                    out.add(item.contains(";") ? item.substring(0, item.indexOf(';')).trim() : item);
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        return out;
    }
}
