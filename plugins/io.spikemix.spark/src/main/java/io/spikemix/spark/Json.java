package io.spikemix.spark;

import java.util.Locale;

/**
 * A small JSON writer for the result files (the Spark application does not ship Jackson: Spark's own copy is on the
 * class path at run time in a version we do not control). Numbers are written with {@link Double#toString}, which
 * round-trips every double; non-finite numbers become null, as the CLI writes them.
 */
final class Json {

    private final StringBuilder sb = new StringBuilder();
    private boolean first = true;

    Json() {
        sb.append('{');
    }

    private Json key(String name) {
        if (!first) {
            sb.append(',');
        }
        first = false;
        sb.append("\n  ").append(quote(name)).append(": ");
        return this;
    }

    Json put(String name, String value) {
        key(name).sb.append(value == null ? "null" : quote(value));
        return this;
    }

    Json put(String name, double value) {
        key(name).sb.append(number(value));
        return this;
    }

    Json put(String name, long value) {
        key(name).sb.append(value);
        return this;
    }

    Json put(String name, boolean value) {
        key(name).sb.append(value);
        return this;
    }

    Json put(String name, int[] values) {
        key(name).sb.append('[');
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        sb.append(']');
        return this;
    }

    Json put(String name, double[] values) {
        key(name);
        array(values);
        return this;
    }

    Json put(String name, double[][] rows) {
        key(name).sb.append('[');
        for (int r = 0; r < rows.length; r++) {
            sb.append(r == 0 ? "\n    " : ",\n    ");
            array(rows[r]);
        }
        sb.append("\n  ]");
        return this;
    }

    /** A nested object written by {@code inner}. */
    Json put(String name, Json inner) {
        key(name).sb.append(inner.toString().replace("\n", "\n  "));
        return this;
    }

    private void array(double[] values) {
        sb.append('[');
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(number(values[i]));
        }
        sb.append(']');
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    @Override
    public String toString() {
        return sb + "\n}";
    }
}
