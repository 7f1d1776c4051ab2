package io.spikemix.cli;

/** Bad input or usage detected by a subcommand; the message is shown as is and the exit code is 1. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
