package io.spikemix.cli;

import picocli.CommandLine.Option;

/** The method options {@code fit} and {@code segment} share (mixed in), turned into {@link FitSettings}. */
final class MethodOptions {

    @Option(names = "--k", required = true, paramLabel = "K", description = "Number of spikes / components / clusters.")
    int k;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--preset", paramLabel = "synthetic|ims|hsi|quick",
            description = "SMM sieving schedule: the paper's Table II rows (synthetic: 10 starts x 10 iterations, best 5 "
                    + "continued up to 600; ims: 6x6, 3 up to 60; hsi: 10x10, 3 up to 120) or quick (4x10, best 2 up "
                    + "to 300, tol 1e-7). Default: synthetic for fit, quick for segment.")
    String preset;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors; results do not depend on it).")
    Integer threads;

    @Option(names = "--max-iter", paramLabel = "M", description = "Iteration limit (SMM: of the continued starts; default: each method's own).")
    Integer maxIter;

    @Option(names = "--tol", paramLabel = "T", description = "Stopping tolerance (SMM: relative log-likelihood gain; GMM: mean "
            + "log-likelihood gain; k-means: relative centroid shift; default: each method's own).")
    Double tol;

    @Option(names = "--no-sieve", description = "SMM: one start for at most --max-iter iterations (exactly that many with --tol 0).")
    boolean noSieve;

    @Option(names = "--spatial-beta", paramLabel = "B|auto",
            description = "SMM and GMM: spatially regularised EM (neighbourhood EM, docs/method.md section 8): pull each "
                    + "pixel's responsibilities towards its neighbours' with strength B >= 0 (default 0: the plain "
                    + "model). auto: fit with 0, estimate B from those labels by the Potts pseudo-likelihood, refit. "
                    + "Needs an image grid (not a plain table of spectra); k-means is never spatial.")
    String spatialBeta;

    @Option(names = "--neighbours", defaultValue = "4", paramLabel = "4|8",
            description = "Neighbours of a pixel for --spatial-beta: 4 (edges) or 8 (edges and corners); default ${DEFAULT-VALUE}.")
    int neighbours;

    FitSettings settings(String defaultPreset) {
        return new FitSettings(k, seed, preset == null ? defaultPreset : preset,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, maxIter, tol, noSieve,
                spatialBeta, neighbours);
    }
}
