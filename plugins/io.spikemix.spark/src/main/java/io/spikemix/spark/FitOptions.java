package io.spikemix.spark;

import picocli.CommandLine.Option;

/** The fit options {@code segment} and {@code fit} share, with the CLI's names and defaults. */
final class FitOptions {

    @Option(names = "--input", required = true, paramLabel = "PATH", split = ",",
            description = "Input cube: a C-order .npy (N x d or H x W x B) on any Hadoop file system (file:, hdfs:, "
                    + "s3a:). Several (repeat --input or separate by commas) form one dataset, segmented jointly, "
                    + "with one label map per file.")
    java.util.List<String> input;

    @Option(names = "--k", required = true, paramLabel = "K", description = "Number of clusters.")
    int k;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-iter", paramLabel = "M", description = "Iteration limit (default: the method's own).")
    Integer maxIter;

    @Option(names = "--tol", paramLabel = "T", description = "Stopping tolerance (default: the method's own).")
    Double tol;
}
