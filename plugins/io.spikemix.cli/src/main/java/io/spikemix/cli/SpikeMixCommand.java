package io.spikemix.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import io.spikemix.engine.progress.CanceledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code spikemix} command line: one subcommand per task, each its own class registered in
 * {@link #SUBCOMMANDS}. Exit codes: {@value #OK} success, {@value #BAD_INPUT} bad input or usage (a one-line message
 * naming the file or option on stderr), {@value #INTERNAL_ERROR} internal error, {@value #CANCELLED} cancelled
 * (Ctrl-C). Stack traces are printed only with {@code --debug}.
 */
@Command(name = "spikemix", mixinStandardHelpOptions = true, versionProvider = SpikeMixCommand.Version.class,
        description = "Spiked mixture model segmentation of spectral image cubes.",
        subcommands = { CommandLine.HelpCommand.class })
public final class SpikeMixCommand implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL_ERROR = 2;
    public static final int CANCELLED = 130;

    /** Subcommand classes; a new subcommand is one more class here. */
    static final Class<?>[] SUBCOMMANDS = { InfoCommand.class, ConvertCommand.class, NormalizeCommand.class,
        FitCommand.class, PredictCommand.class, SynthCommand.class, SegmentCommand.class, ScanKCommand.class,
        RenderCommand.class, EvaluateCommand.class };

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final AtomicBoolean cancelRequested;
    private final boolean terminal;

    SpikeMixCommand(AtomicBoolean cancelRequested, boolean terminal) {
        this.cancelRequested = cancelRequested;
        this.terminal = terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand; run 'spikemix help' for the list.");
    }

    /** A progress display on this command's stderr that stops work when the user pressed Ctrl-C. */
    ConsoleProgress progress(CommandLine cmd) {
        return new ConsoleProgress(cmd.getErr(), terminal, cancelRequested, System::nanoTime);
    }

    public static void main(String[] args) {
        Interrupt interrupt = Interrupt.install();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        int code = execute(out, err, interrupt.flag(), System.console() != null, args);
        out.flush();
        err.flush();
        if (interrupt.finish()) {
            // the JVM is already shutting down after Ctrl-C and exits with 130 itself; System.exit would block
            return;
        }
        System.exit(code);
    }

    /** Runs the command line in-process and returns its exit code; for tests and embedding. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, new AtomicBoolean(), false, args);
    }

    static int execute(PrintWriter out, PrintWriter err, AtomicBoolean cancel, boolean terminal, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cmd = commandLine(cancel, terminal);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(parameterErrors(debug));
        cmd.setExecutionExceptionHandler(executionErrors(debug));
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(AtomicBoolean cancel, boolean terminal) {
        CommandLine cmd = new CommandLine(new SpikeMixCommand(cancel, terminal));
        for (Class<?> sub : SUBCOMMANDS) {
            cmd.addSubcommand(sub);
        }
        return cmd;
    }

    private static IParameterExceptionHandler parameterErrors(boolean debug) {
        return (ParameterException e, String[] args) -> {
            CommandLine c = e.getCommandLine();
            PrintWriter err = c.getErr();
            err.println("spikemix" + (c.getParent() == null ? "" : " " + c.getCommandName()) + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("Run 'spikemix " + (c.getParent() == null ? "" : c.getCommandName() + " ") + "--help' for usage.");
            err.flush();
            return BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler executionErrors(boolean debug) {
        return (Exception e, CommandLine c, ParseResult parsed) -> {
            PrintWriter err = c.getErr();
            Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
            int code;
            String message;
            if (t instanceof CanceledException) {
                code = CANCELLED;
                message = "cancelled; no output was written";
            } else if (t instanceof CliException || t instanceof IOException
                    || t instanceof picocli.CommandLine.ParameterException) {
                // bad input is reported by the commands as CliException or (files) IOException; an
                // IllegalArgumentException escaping a command is a bug of ours, not the user's input
                code = BAD_INPUT;
                message = t.getMessage();
                if (t instanceof IOException && !(t instanceof io.spikemix.engine.io.SpectralFileException)) {
                    message = describeIo((IOException) t);
                }
            } else {
                code = INTERNAL_ERROR;
                message = "internal error: " + t + (debug ? "" : " (run again with --debug for the stack trace)");
            }
            // one printable line whatever the message quotes (file names, library text)
            err.println("spikemix " + c.getCommandName() + ": " + io.spikemix.engine.io.SafeText.line(message,
                    Integer.MAX_VALUE));
            if (debug) {
                t.printStackTrace(err);
            }
            err.flush();
            return code;
        };
    }

    /** A one-line description of a file-system error, naming the file. */
    private static String describeIo(IOException e) {
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
            String problem;
            if (f.getReason() != null) {
                problem = f.getReason();
            } else if (e instanceof java.nio.file.NoSuchFileException) {
                problem = "no such file or folder";
            } else if (e instanceof java.nio.file.AccessDeniedException) {
                problem = "permission denied";
            } else {
                problem = io.spikemix.engine.io.SpectralFileException.reason(e);
            }
            return f.getFile() + ": " + problem;
        }
        return io.spikemix.engine.io.SpectralFileException.reason(e);
    }

    /** The version from the jar manifest (set by Maven), or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SpikeMixCommand.class.getPackage().getImplementationVersion();
            return new String[] { "spikemix " + (v == null ? "development" : v) };
        }
    }
}
