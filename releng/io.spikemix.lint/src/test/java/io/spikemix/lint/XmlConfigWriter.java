package io.spikemix.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes KNIME XMLConfig documents ({@code workflow.knime}, {@code settings.xml}) the way KNIME 5.x saves them:
 * 4-space indentation, entries with {@code key}, {@code type} and {@code value}, nulls as {@code isnull="true"
 * value=""}, arrays as configs with {@code array-size} and numbered entries. Output is deterministic.
 */
final class XmlConfigWriter {

    /** A config under construction; items keep insertion order. */
    static final class Config {
        private final String key;
        private final List<Object> items = new ArrayList<>();

        Config(String key) {
            this.key = key;
        }

        Config entry(String k, String type, String value) {
            items.add(new String[] {k, type, value});
            return this;
        }

        Config string(String k, String value) {
            return entry(k, "xstring", value);
        }

        Config integer(String k, int value) {
            return entry(k, "xint", Integer.toString(value));
        }

        Config bool(String k, boolean value) {
            return entry(k, "xboolean", Boolean.toString(value));
        }

        Config real(String k, double value) {
            return entry(k, "xdouble", Double.toString(value));
        }

        /** A null string entry, as KNIME writes for an unset value. */
        Config nullString(String k) {
            return entry(k, "xstring", null);
        }

        /** Adds and returns a sub-config. */
        Config config(String k) {
            Config c = new Config(k);
            items.add(c);
            return c;
        }

        /** Appends an existing config as a sub-config. */
        Config add(Config c) {
            items.add(c);
            return this;
        }

        /** Adds a sub-config and returns this config. */
        Config emptyConfig(String k) {
            config(k);
            return this;
        }

        Config stringArray(String k, List<String> values) {
            Config c = config(k).integer("array-size", values.size());
            for (int i = 0; i < values.size(); i++) {
                c.string(Integer.toString(i), values.get(i));
            }
            return this;
        }

        Config intArray(String k, List<Integer> values) {
            Config c = config(k).integer("array-size", values.size());
            for (int i = 0; i < values.size(); i++) {
                c.integer(Integer.toString(i), values.get(i));
            }
            return this;
        }
    }

    private XmlConfigWriter() {
    }

    /** The document for {@code root} (whose key names the file, e.g. "settings.xml"). */
    static String render(Config root) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<config xmlns=\"").append(ConfigTree.NAMESPACE).append("\" xmlns:xsi=\"http://www.w3.org/2001/")
                .append("XMLSchema-instance\" xsi:schemaLocation=\"").append(ConfigTree.NAMESPACE)
                .append(" http://www.knime.org/XMLConfig_2008_09.xsd\" key=\"").append(escape(root.key))
                .append("\">\n");
        items(out, root, 1);
        return out.append("</config>\n").toString();
    }

    private static void items(StringBuilder out, Config c, int depth) {
        String indent = "    ".repeat(depth);
        for (Object item : c.items) {
            if (item instanceof Config) {
                Config sub = (Config) item;
                if (sub.items.isEmpty()) {
                    out.append(indent).append("<config key=\"").append(escape(sub.key)).append("\"/>\n");
                } else {
                    out.append(indent).append("<config key=\"").append(escape(sub.key)).append("\">\n");
                    items(out, sub, depth + 1);
                    out.append(indent).append("</config>\n");
                }
            } else {
                String[] e = (String[]) item;
                out.append(indent).append("<entry key=\"").append(escape(e[0])).append("\" type=\"").append(e[1])
                        .append('"');
                if (e[2] == null) {
                    out.append(" isnull=\"true\" value=\"\"");
                } else {
                    out.append(" value=\"").append(escape(e[2])).append('"');
                }
                out.append("/>\n");
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "%%00010");
    }
}
