package io.spikemix.spark;

import java.io.PrintWriter;

import io.spikemix.engine.progress.CanceledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark application: {@code spark-submit --class io.spikemix.spark.SpikeMixSpark spikemix-spark.jar <subcommand>}
 * on a cluster, {@code ./spikemix-spark <subcommand> --master local[N]} on one machine. Exit codes as the CLI's:
 * 0 success, 1 bad input or usage (one line naming the file or option, before any Spark job), 2 internal error,
 * 130 cancelled.
 */
@Command(name = "spikemix-spark", mixinStandardHelpOptions = true, version = "SpikeMix on Spark 0.1.0",
        description = "Spiked mixture model segmentation of spectral image cubes on Apache Spark.",
        subcommands = { SegmentCommand.class, FitCommand.class, CommandLine.HelpCommand.class })
public final class SpikeMixSpark implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int INTERNAL_ERROR = 2;
    public static final int CANCELLED = 130;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand; run 'spikemix-spark help' for the list.");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(out, err, null, args);
        System.exit(code);
    }

    /**
     * Runs a command line in this JVM and returns its exit code.
     *
     * @param context a running context to use and leave running (tests share one), or null to start and stop one
     */
    public static int execute(PrintWriter out, PrintWriter err, org.apache.spark.api.java.JavaSparkContext context,
            String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cmd = new CommandLine(new SpikeMixSpark());
        cmd.setOut(out);
        cmd.setErr(err);
        SparkRun.useContext(context);
        cmd.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("spikemix-spark" + (c.getParent() == null ? "" : " " + c.getCommandName()) + ": "
                    + e.getMessage());
            c.getErr().flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            Throwable t = unwrap(e);
            int code;
            String message;
            if (t instanceof CanceledException) {
                code = CANCELLED;
                message = "cancelled; no output was written";
            } else if (t instanceof SparkInputException || t instanceof IllegalArgumentException) {
                code = BAD_INPUT;
                message = t.getMessage();
            } else {
                code = INTERNAL_ERROR;
                String first = String.valueOf(t);
                int nl = first.indexOf('\n');
                message = "failed: " + (nl < 0 ? first : first.substring(0, nl)) + (debug ? "" : " (run again with --debug for the stack trace); no output "
                        + "was written");
            }
            c.getErr().println("spikemix-spark " + c.getCommandName() + ": " + message);
            if (debug) {
                e.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return code;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The user's error inside Spark's wrapping: a bad value found by a task reaches the driver as a SparkException
     * whose message holds the task's exception; we report the IllegalArgumentException it carries.
     */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof SparkInputException || t instanceof IllegalArgumentException
                    || t instanceof CanceledException) {
                return t;
            }
        }
        String m = e.getMessage();
        if (m != null && m.contains("java.lang.IllegalArgumentException: ")) {
            String msg = m.substring(m.indexOf("java.lang.IllegalArgumentException: ")
                    + "java.lang.IllegalArgumentException: ".length());
            int nl = msg.indexOf('\n');
            return new IllegalArgumentException(nl < 0 ? msg : msg.substring(0, nl));
        }
        return e;
    }
}
