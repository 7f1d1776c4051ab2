package io.spikemix.spark;

/**
 * Bad input found on the driver before any job starts: the message names the path, the field and what was expected,
 * and the launcher prints it as one line (exit code 1), never a stack trace.
 */
public final class SparkInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public SparkInputException(String path, String field, String problem) {
        super(path + (field == null ? "" : ": " + field) + ": " + problem);
    }

    public SparkInputException(String message) {
        super(message);
    }
}
