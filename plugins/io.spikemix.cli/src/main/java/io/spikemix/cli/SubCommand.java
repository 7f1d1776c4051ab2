package io.spikemix.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every subcommand that does work shares: the {@code --debug} option, its own command line (for its output
 * streams) and a console progress display that stops the work on Ctrl-C.
 */
abstract class SubCommand implements Callable<Integer> {

    @ParentCommand
    private SpikeMixCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    /** This subcommand's command line: its output and error streams. */
    final CommandLine commandLine() {
        return spec.commandLine();
    }

    /** A progress display on {@code cmd}'s stderr that stops work when the user pressed Ctrl-C. */
    final ConsoleProgress progress(CommandLine cmd) {
        return parent.progress(cmd);
    }
}
