package io.spikemix.engine.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Python dict literal of a {@code .npy} header, e.g.
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}: strings, True/False, integers, tuples and
 * lists, with trailing commas. Strict: anything else is a {@link SpectralFileException} for field "header".
 */
final class NpyHeaderParser {

    /**
     * Deepest nesting of tuples, lists and dicts accepted. A NumPy header nests two levels ({@code {'shape': (..)}});
     * the bound keeps a hostile header of thousands of brackets from overflowing the stack.
     */
    static final int MAX_DEPTH = 16;

    private final Path file;
    private final String text;
    private int pos;
    private int depth;

    private NpyHeaderParser(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The dict's entries in file order; values are String, Boolean, Long or List. */
    static Map<String, Object> parseDict(Path file, String text) throws SpectralFileException {
        NpyHeaderParser p = new NpyHeaderParser(file, text);
        p.skipBlanks();
        if (!p.peekIs('{')) {
            throw p.error("expected '{' opening the header dictionary");
        }
        Object dict = p.value();
        p.skipBlanks();
        if (p.pos != text.length()) {
            throw p.error("expected only blanks after the header dictionary");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) dict;
        return map;
    }

    private Object value() throws SpectralFileException {
        skipBlanks();
        if (pos >= text.length()) {
            throw error("expected a value, found the end of the header");
        }
        char c = text.charAt(pos);
        if (c == '{' || c == '(' || c == '[') {
            if (++depth > MAX_DEPTH) {
                throw error("expected at most " + MAX_DEPTH + " nested brackets");
            }
            Object nested = c == '{' ? dict() : sequence(c == '(' ? ')' : ']');
            depth--;
            return nested;
        }
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == '-' || Character.isDigit(c)) {
            return integer();
        }
        if (text.startsWith("True", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("False", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        throw error("expected a string, number, True, False, tuple or list");
    }

    private Map<String, Object> dict() throws SpectralFileException {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipBlanks();
            if (peekIs('}')) {
                pos++;
                return map;
            }
            if (!peekIs('\'') && !peekIs('"')) {
                throw error("expected a quoted key or '}'");
            }
            String key = string();
            skipBlanks();
            if (!peekIs(':')) {
                throw error("expected ':' after key '" + SafeText.line(key) + "'");
            }
            pos++;
            if (map.put(key, value()) != null) {
                throw error("key '" + SafeText.line(key) + "' appears twice");
            }
            skipBlanks();
            if (peekIs(',')) {
                pos++;
            } else if (!peekIs('}')) {
                throw error("expected ',' or '}' after the value of '" + SafeText.line(key) + "'");
            }
        }
    }

    private List<Object> sequence(char close) throws SpectralFileException {
        pos++;
        List<Object> items = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (peekIs(close)) {
                pos++;
                return items;
            }
            items.add(value());
            skipBlanks();
            if (peekIs(',')) {
                pos++;
            } else if (!peekIs(close)) {
                throw error("expected ',' or '" + close + "'");
            }
        }
    }

    private String string() throws SpectralFileException {
        char quote = text.charAt(pos++);
        int end = text.indexOf(quote, pos);
        if (end < 0) {
            throw error("unterminated string");
        }
        String s = text.substring(pos, end);
        pos = end + 1;
        return s;
    }

    private Long integer() throws SpectralFileException {
        int start = pos;
        if (peekIs('-')) {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (peekIs('L')) {
            pos++; // Python 2 long suffix, as written by old NumPy versions
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw error("expected an integer, found '" + SafeText.line(digits) + "'");
        }
    }

    private boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SpectralFileException error(String problem) {
        return new SpectralFileException(file, "header", "malformed header dictionary at character " + pos + ": "
                + problem + "; header text: " + SafeText.line(text.strip(), 200));
    }
}
