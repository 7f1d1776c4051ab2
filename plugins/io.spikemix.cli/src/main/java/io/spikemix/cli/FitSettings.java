package io.spikemix.cli;

import java.util.Locale;

import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.spatial.Neighbourhood;
import io.spikemix.engine.spatial.SpatialOptions;

/**
 * What {@code fit} and {@code segment} pass to the engine, and the engine options built from it. The same settings
 * give the same engine options in both commands, so both give the same result for the same data.
 *
 * @param k       number of spikes / components / clusters
 * @param seed    random seed of every method
 * @param preset  SMM sieving schedule: {@code synthetic}, {@code ims}, {@code hsi} (the paper's Table II) or
 *                {@code quick} (see {@link #QUICK})
 * @param threads worker threads (results do not depend on it)
 * @param maxIter iteration limit, or null for each method's default (SMM: the preset's d2)
 * @param tol     stopping tolerance, or null for each method's default (SMM: the preset's)
 * @param noSieve SMM: one start for at most {@code maxIter} iterations (exactly that many with {@code tol = 0})
 * @param spatialBeta {@code --spatial-beta}: a number ≥ 0, {@code auto}, or null for 0 (method.md §8)
 * @param neighbours  {@code --neighbours}: 4 or 8
 */
record FitSettings(int k, long seed, String preset, int threads, Integer maxIter, Double tol, boolean noSieve,
        String spatialBeta, int neighbours) {

    /** Without spatial regularisation. */
    FitSettings(int k, long seed, String preset, int threads, Integer maxIter, Double tol, boolean noSieve) {
        this(k, seed, preset, threads, maxIter, tol, noSieve, null, 4);
    }

    /**
     * A lighter SMM schedule than the paper's synthetic preset (10 starts of 10 iterations, the best 5 continued
     * for up to 600): 4 starts of 10 iterations, the best 2 continued for up to 300 with tolerance 1e-7. It keeps
     * the demo and first looks at new data to seconds; use {@code synthetic}, {@code ims} or {@code hsi} for the
     * paper's settings.
     */
    static final SieveSchedule QUICK = SieveSchedule.of(4, 10, 2, 300, 1e-7);

    /** Default iterations of a single SMM start with {@code --no-sieve} and no {@code --max-iter}. */
    static final int NO_SIEVE_DEFAULT_ITER = 100;

    FitSettings {
        if (k < 1) {
            throw new CliException("--k: must be >= 1, got " + k);
        }
        if (threads < 1) {
            throw new CliException("--threads: must be >= 1, got " + threads);
        }
        if (maxIter != null && maxIter < 1) {
            throw new CliException("--max-iter: must be >= 1, got " + maxIter);
        }
        if (tol != null && !(tol >= 0)) {
            throw new CliException("--tol: must be >= 0, got " + tol);
        }
        schedule(preset, null, null, false);
        if (neighbours != 4 && neighbours != 8) {
            throw new CliException("--neighbours: expected 4 or 8, got " + neighbours);
        }
        if (spatialBeta != null && !spatialBeta.equalsIgnoreCase("auto")) {
            double b;
            try {
                b = Double.parseDouble(spatialBeta.trim());
            } catch (NumberFormatException e) {
                throw new CliException("--spatial-beta: expected a number >= 0 or auto, got '" + spatialBeta + "'");
            }
            if (!(b >= 0) || Double.isInfinite(b)) {
                throw new CliException("--spatial-beta: expected a number >= 0 or auto, got '" + spatialBeta + "'");
            }
        }
    }

    /** Whether {@code --spatial-beta auto} was given. */
    boolean spatialAuto() {
        return spatialBeta != null && spatialBeta.equalsIgnoreCase("auto");
    }

    /** The given β, 0 when none was given or when it is chosen automatically. */
    double givenBeta() {
        return spatialBeta == null || spatialAuto() ? 0 : Double.parseDouble(spatialBeta.trim());
    }

    /** Whether the fit may be spatial (β &gt; 0 given, or auto) and so needs an image grid. */
    boolean spatialRequested() {
        return spatialAuto() || givenBeta() > 0;
    }

    Neighbourhood neighbourhood() {
        return Neighbourhood.of(neighbours);
    }

    /** The SMM sieving schedule these settings select. */
    SieveSchedule schedule() {
        return schedule(preset, maxIter, tol, noSieve);
    }

    private static SieveSchedule schedule(String preset, Integer maxIter, Double tol, boolean noSieve) {
        SieveSchedule base;
        if (preset.toLowerCase(Locale.ROOT).equals("quick")) {
            base = QUICK;
        } else {
            try {
                base = SieveSchedule.preset(preset);
            } catch (IllegalArgumentException e) {
                throw new CliException("--preset: expected synthetic, ims, hsi or quick, got '" + preset + "'");
            }
        }
        if (noSieve) {
            return SieveSchedule.singleStart(maxIter == null ? NO_SIEVE_DEFAULT_ITER : maxIter,
                    tol == null ? base.tol() : tol);
        }
        SieveSchedule s = tol == null ? base : base.withTol(tol);
        return maxIter == null ? s : SieveSchedule.of(s.n1(), s.d1(), s.n2(), maxIter, s.tol());
    }

    SpikedMixtureOptions smmOptions() {
        return smmOptions(givenBeta());
    }

    /** The SMM options with spatial strength β (0: the plain model, the options exactly as without the option). */
    SpikedMixtureOptions smmOptions(double beta) {
        SpikedMixtureOptions.Builder b = SpikedMixtureOptions.builder().k(k).schedule(schedule()).seed(seed)
                .threads(threads);
        if (beta > 0) {
            b.spatial(new SpatialOptions(beta, neighbourhood()));
        }
        return b.build();
    }

    GaussianMixtureOptions gmmOptions() {
        return gmmOptions(givenBeta());
    }

    /** The GMM options with spatial strength β (0: the plain mixture). */
    GaussianMixtureOptions gmmOptions(double beta) {
        GaussianMixtureOptions.Builder b = GaussianMixtureOptions.builder().k(k).seed(seed).threads(threads);
        if (beta > 0) {
            b.spatial(new SpatialOptions(beta, neighbourhood()));
        }
        if (maxIter != null) {
            b.maxIter(maxIter);
        }
        if (tol != null) {
            b.tol(tol);
        }
        return b.build();
    }

    KMeansOptions kmeansOptions() {
        KMeansOptions.Builder b = KMeansOptions.builder().k(k).seed(seed).threads(threads);
        if (maxIter != null) {
            b.maxIter(maxIter);
        }
        if (tol != null) {
            b.tol(tol);
        }
        return b.build();
    }
}
