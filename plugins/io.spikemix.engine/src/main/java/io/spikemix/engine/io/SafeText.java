package io.spikemix.engine.io;

/**
 * Makes text taken from a file (header values, names, parser messages) safe to echo in a one-line error message:
 * line breaks and other control or unassigned characters become {@code \n}, {@code \r}, {@code \t} or {@code \xNN}
 * / {@code \\uNNNN}, and long text is cut, so a hostile or broken file cannot spread a message over several lines or
 * fill the terminal with binary.
 */
public final class SafeText {

    /** Longest echo kept, in characters; a field value longer than this is of no use in a message. */
    static final int MAX_LENGTH = 120;

    private SafeText() {
    }

    /** {@code text} as one printable line of at most {@value #MAX_LENGTH} characters (plus "…"). */
    public static String line(CharSequence text) {
        return line(text, MAX_LENGTH);
    }

    /** {@code text} as one printable line of at most {@code max} characters (plus "…"). */
    public static String line(CharSequence text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length(); i++) {
            if (sb.length() >= max) {
                sb.append('…');
                break;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (Character.isISOControl(c) || !Character.isDefined(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
