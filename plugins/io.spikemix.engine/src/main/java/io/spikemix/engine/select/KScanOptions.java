package io.spikemix.engine.select;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.options.OptionChecks;
import io.spikemix.engine.smm.SpikedMixtureOptions;

/**
 * What a {@link KScan} fits: a K range, the methods in order, and each method's options. Every K is fitted with the
 * given options with only K replaced, so the K = 5 entry of a scan is the fit {@code spikemix fit --k 5} gives with
 * the same options and seed. Immutable; validated on construction.
 *
 * @param range   the K values
 * @param methods methods in the order they are scanned, at least one, no repeats
 * @param smm     SMM options (K is replaced per K); may be null when SMM is not scanned
 * @param gmm     GMM options (K is replaced per K); may be null when GMM is not scanned
 * @param kmeans  k-means options (K is replaced per K); may be null when k-means is not scanned
 * @param threads worker threads for the scoring passes (entropy, silhouette); results do not depend on it
 */
public record KScanOptions(KRange range, List<ScanMethod> methods, SpikedMixtureOptions smm,
        GaussianMixtureOptions gmm, KMeansOptions kmeans, int threads) {

    public KScanOptions {
        Objects.requireNonNull(range, "range");
        methods = List.copyOf(methods);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("The K scan needs at least one method (smm, gmm, kmeans).");
        }
        if (EnumSet.copyOf(methods).size() != methods.size()) {
            throw new IllegalArgumentException("The K scan lists a method twice: " + methods + ".");
        }
        for (ScanMethod m : methods) {
            Object o = switch (m) {
                case SMM -> smm;
                case GMM -> gmm;
                case KMEANS -> kmeans;
            };
            if (o == null) {
                throw new IllegalArgumentException("The K scan of " + m.label() + " needs its options.");
            }
        }
        OptionChecks.atLeast("threads", threads, 1);
    }

    /** SMM options with K replaced. */
    SpikedMixtureOptions smmAt(int k) {
        return smm.toBuilder().k(k).build();
    }

    /** GMM options with K replaced. */
    GaussianMixtureOptions gmmAt(int k) {
        return gmm.toBuilder().k(k).build();
    }

    /** k-means options with K replaced. */
    KMeansOptions kmeansAt(int k) {
        return kmeans.toBuilder().k(k).build();
    }
}
