package io.spikemix.spark;

import picocli.CommandLine.Option;

/** Options every subcommand shares (mixed in): where Spark runs and how the pixels are partitioned. */
final class SparkOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "P",
            description = "Partitions of the pixel blocks (default: Spark's default parallelism). Results do not "
                    + "depend on it.")
    Integer partitions;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
