package io.spikemix.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * One {@code <config>} of a KNIME XMLConfig file ({@code workflow.knime}, {@code settings.xml}): its entries
 * ({@code <entry key type value isnull>}) and sub-configs, keyed and in document order.
 */
public final class ConfigTree {

    /** Namespace of KNIME's XMLConfig documents. */
    public static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    /** One {@code <entry>}. */
    public static final class Entry {
        private final String type;
        private final String value;
        private final boolean isNull;

        Entry(String type, String value, boolean isNull) {
            this.type = type;
            this.value = value;
            this.isNull = isNull;
        }

        /** The XML type, e.g. "xstring", "xint", "xboolean". */
        public String type() {
            return type;
        }

        /** The value, null when saved with {@code isnull="true"}. */
        public String value() {
            return isNull ? null : value;
        }
    }

    private final String key;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, ConfigTree> children = new LinkedHashMap<>();
    private final List<String> keys = new ArrayList<>();

    private ConfigTree(String key) {
        this.key = key;
    }

    /**
     * Reads a KNIME XMLConfig file.
     *
     * @throws LintException when the file is unreadable, not in the XMLConfig namespace, or has duplicate keys
     */
    public static ConfigTree read(Path file) throws LintException {
        Element root = Xml.parse(file).getDocumentElement();
        if (!"config".equals(Xml.localName(root)) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new LintException(file + ": root element must be <config xmlns=\"" + NAMESPACE + "\">");
        }
        return of(root, file);
    }

    private static ConfigTree of(Element config, Path file) throws LintException {
        ConfigTree t = new ConfigTree(config.getAttribute("key"));
        for (Element e : Xml.children(config)) {
            String k = Xml.attr(e, "key");
            if (k == null) {
                throw new LintException(file + ": <" + Xml.localName(e) + "> without key in config '" + t.key + "'");
            }
            if (t.keys.contains(k)) {
                throw new LintException(file + ": key '" + k + "' appears twice in config '" + t.key + "'");
            }
            t.keys.add(k);
            if ("entry".equals(Xml.localName(e))) {
                t.entries.put(k, new Entry(e.getAttribute("type"), e.getAttribute("value"),
                        "true".equals(e.getAttribute("isnull"))));
            } else if ("config".equals(Xml.localName(e))) {
                t.children.put(k, of(e, file));
            } else {
                throw new LintException(file + ": unexpected element <" + Xml.localName(e) + "> in config '" + t.key
                        + "'");
            }
        }
        return t;
    }

    public String key() {
        return key;
    }

    /** All keys (entries and sub-configs) in document order. */
    public List<String> keys() {
        return Collections.unmodifiableList(keys);
    }

    public Entry entry(String k) {
        return entries.get(k);
    }

    public ConfigTree child(String k) {
        return children.get(k);
    }

    public boolean hasEntry(String k) {
        return entries.containsKey(k);
    }

    public boolean hasChild(String k) {
        return children.containsKey(k);
    }

    /** The string value of an entry, or null if absent or null. */
    public String string(String k) {
        Entry e = entries.get(k);
        return e == null ? null : e.value();
    }

    /** The int value of an entry, or {@code def} when absent or not an int. */
    public int integer(String k, int def) {
        Entry e = entries.get(k);
        if (e == null || e.value() == null) {
            return def;
        }
        try {
            return Integer.parseInt(e.value());
        } catch (NumberFormatException ex) {
            return def;
        }
    }

    /** The values of a KNIME array sub-config ({@code array-size}, then "0", "1", …), or null if not one. */
    public List<String> array(String k) {
        ConfigTree c = children.get(k);
        if (c == null || !c.hasEntry("array-size")) {
            return null;
        }
        int n = c.integer("array-size", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(c.string(Integer.toString(i)));
        }
        return out;
    }

    public Map<String, ConfigTree> children() {
        return Collections.unmodifiableMap(children);
    }
}
