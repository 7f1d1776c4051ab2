package io.spikemix.cli;

import java.util.Locale;

import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureOptions;

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
 */
record FitSettings(int k, long seed, String preset, int threads, Integer maxIter, Double tol, boolean noSieve) {

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
        return SpikedMixtureOptions.builder().k(k).schedule(schedule()).seed(seed).threads(threads).build();
    }

    GaussianMixtureOptions gmmOptions() {
        GaussianMixtureOptions.Builder b = GaussianMixtureOptions.builder().k(k).seed(seed).threads(threads);
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
