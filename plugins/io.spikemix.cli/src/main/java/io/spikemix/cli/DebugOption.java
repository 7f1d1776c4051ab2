package io.spikemix.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option every subcommand accepts (mixed in); the error handlers read it from the arguments. */
final class DebugOption {

    @Option(names = "--debug", description = "Print the stack trace of errors.")
    boolean debug;
}
