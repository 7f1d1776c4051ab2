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

    private static String format(Path file, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (field != null && !field.isEmpty()) {
            sb.append(": ").append(field);
        }
        sb.append(": ").append(problem);
        return sb.toString();
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
