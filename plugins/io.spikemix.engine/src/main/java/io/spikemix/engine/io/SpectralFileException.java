package io.spikemix.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The one checked exception of SpikeMix for input that cannot be read: a truncated file, a missing or invalid
 * header field, non-finite values, a mismatching checksum. The message always names the file, the field (or the
 * place in the file) and what was expected, so a user can fix the input without reading code.
 */
public class SpectralFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String field;

    /**
     * @param file    the offending file (may be null for in-memory data)
     * @param field   the header key, XML element, variable name or byte range at fault
     * @param problem what is wrong and what was expected, e.g. "expected 1,275,000 bytes, found 1,000,000"
     */
    public SpectralFileException(Path file, String field, String problem) {
        super(format(file, field, problem));
        this.file = file;
        this.field = field;
    }

    public SpectralFileException(Path file, String field, String problem, Throwable cause) {
        super(format(file, field, problem), cause);
        this.file = file;
        this.field = field;
    }

    /**
     * One printable line, whatever a reader echoes from the file: field names and problems may quote header bytes,
     * so line breaks and control characters are escaped here, once for every reader (long echoes are cut where they
     * are quoted, with {@link SafeText#line}).
     */
    private static String format(Path file, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (field != null && !field.isEmpty()) {
            sb.append(": ").append(field);
        }
        sb.append(": ").append(problem);
        return SafeText.line(sb, Integer.MAX_VALUE);
    }

    /**
     * Why an I/O operation failed, in words for a user: the operating system's reason ("No space left on device",
     * "Permission denied") or the library's message, never a Java class name.
     */
    public static String reason(Throwable e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.io.EOFException) {
            return "the file ends too early";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getCause() != null && e.getCause() != e ? reason(e.getCause()) : "unreadable data";
        }
        // libraries wrap exceptions as "java.lang.X: message"; keep the message
        return m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*)?", "").strip();
    }

    /** The offending file, or null for in-memory data. */
    public Path file() {
        return file;
    }

    /** The header key, element, variable or byte range at fault. */
    public String field() {
        return field;
    }
}
